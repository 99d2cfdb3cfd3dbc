using System.CommandLine;
using Denoising.Host.Models;
using Denoising.Host.Models.Onnx;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Denoising.Host.Cli;

/// <summary><c>export MODEL --format pytorch|safetensors|onnx --out FILE</c>: a trained model for PyTorch or ONNX runtimes.</summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var model = ModelArguments.Model();
        var step = ModelArguments.Step();
        var format = new Option<string>("--format") { Description = "pytorch (a torch.save state dict), safetensors, or onnx (the whole network, opset 17).", Required = true };
        format.AcceptOnlyFromAmong(ModelExporter.Formats);
        var output = new Option<FileInfo>("--out") { Description = "File to write; a state dict's description goes beside it as FILE.json, an ONNX file carries it inside.", Required = true };
        var plugins = CommonOptions.Plugins();
        var runtime = new RuntimeArguments();
        var verbose = CommonOptions.Verbose();
        var command = new Command("export", "Write a trained model's weights as a PyTorch or safetensors state dict with its description beside it, or the whole network as ONNX.") { model };
        foreach (var option in new Option[] { format, output, step, plugins, verbose })
            command.Options.Add(option);
        runtime.AddTo(command);
        command.SetAction((parse, cancellationToken) => ModelCommandHost.RunAsync("export", parse.GetValue(verbose), (services, logger, _) =>
        {
            var modelPath = ModelPaths.Resolve(parse.GetValue(model)!, parse.GetValue(step));
            var outputPath = parse.GetValue(output)!.FullName;
            var description = services.GetRequiredService<ModelExporter>()
                .Export(modelPath, parse.GetValue(format)!, outputPath, parse.GetValue(plugins) ?? [], runtime.Settings(parse));
            if (parse.GetValue(format) == OnnxModelFile.Format)
                logger.LogInformation("Wrote {Type} as ONNX to {Path}", description.DenoiserType, outputPath);
            else
                logger.LogInformation("Wrote {Type} as {Format} to {Path}, its description to {Description}",
                    description.DenoiserType, parse.GetValue(format), outputPath, ModelDescriptionFile.PathFor(outputPath));
            return ExitCodes.Success;
        }, cancellationToken));
        return command;
    }
}

using System.CommandLine;
using Denoising.Host.Models;
using Denoising.Torch;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Denoising.Host.Cli;

/// <summary><c>import FILE --type TYPE [--set option=value]... --out MODEL</c>: a PyTorch state dict as a model file.</summary>
public static class ImportCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "A PyTorch state dict (torch.save) or a safetensors file." };
        var type = new Option<string>("--type") { Description = "Registered denoiser type the weights are for (see 'denoise plugins').", Required = true };
        var set = new Option<string[]>("--set")
        {
            Description = "An option of the denoiser: --set batch_norm=false (repeatable; the value is YAML).",
            AllowMultipleArgumentsPerToken = false,
        };
        var channels = new Option<int>("--channels") { Description = "Channels of the images the model takes: 1 grey, 3 colour.", DefaultValueFactory = _ => 1 };
        var height = new Option<int>("--height") { Description = "Image height a fixed-size network (dense-ae) is built for; convolutional ones take any size.", DefaultValueFactory = _ => 64 };
        var width = new Option<int>("--width") { Description = "Image width a fixed-size network is built for.", DefaultValueFactory = _ => 64 };
        var output = new Option<FileInfo>("--out") { Description = "Model file to write (its description goes beside it as MODEL.json).", Required = true };
        var plugins = CommonOptions.Plugins();
        var runtime = new RuntimeArguments();
        var verbose = CommonOptions.Verbose();
        var command = new Command("import", "Turn a PyTorch or safetensors state dict into a model file of a registered denoiser type.") { file };
        foreach (var option in new Option[] { type, set, channels, height, width, output, plugins, verbose })
            command.Options.Add(option);
        runtime.AddTo(command);
        command.SetAction((parse, cancellationToken) => ModelCommandHost.RunAsync("import", parse.GetValue(verbose), (services, logger, _) =>
        {
            var shape = new ImageShape(parse.GetValue(channels), parse.GetValue(height), parse.GetValue(width));
            if (shape.Channels is < 1 or > 4 || shape.Height < 1 || shape.Width < 1)
                throw new ArgumentException($"--channels must be 1 to 4 and --height, --width positive, not {shape}.");
            var source = parse.GetValue(file)!.FullName;
            var modelPath = parse.GetValue(output)!.FullName;
            var description = services.GetRequiredService<ModelImporter>().Import(
                source, parse.GetValue(type)!, parse.GetValue(set) ?? [], shape, modelPath, parse.GetValue(plugins) ?? [], runtime.Settings(parse));
            logger.LogInformation("Imported {Source} as {Type} ({Channels} channels) to {Path}",
                source, description.DenoiserType, description.Channels, modelPath);
            return ExitCodes.Success;
        }, cancellationToken));
        return command;
    }
}

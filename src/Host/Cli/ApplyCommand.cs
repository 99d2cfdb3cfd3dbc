using System.CommandLine;
using System.Diagnostics;
using Denoising.Abstractions;
using Denoising.Host.Applying;
using Denoising.Host.Models;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Denoising.Host.Cli;

/// <summary><c>apply MODEL INPUT... --out DIR</c>: denoises image files with a trained model.</summary>
public static class ApplyCommand
{
    public static Command Create()
    {
        var model = ModelArguments.Model();
        var step = ModelArguments.Step();
        var inputs = new Argument<string[]>("inputs") { Description = "Image files (PNG, JPEG, BMP) or folders of them.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<DirectoryInfo>("--out") { Description = "Folder for the denoised images (same file names).", Required = true };
        var jpegQuality = new Option<int>("--jpeg-quality") { Description = "Quality of JPEG outputs, 1 to 100.", DefaultValueFactory = _ => 95 };
        var tile = new Option<int>("--tile") { Description = $"Tile side in pixels (a multiple of {ImageTiles.Alignment}); larger images are denoised tile by tile.", DefaultValueFactory = _ => 512 };
        var overlap = new Option<int>("--tile-overlap") { Description = "Context pixels on each side of a tile, cropped from its output.", DefaultValueFactory = _ => 32 };
        var plugins = CommonOptions.Plugins();
        var runtime = new RuntimeArguments();
        var verbose = CommonOptions.Verbose();
        var command = new Command("apply", "Denoise image files with a trained model (a run folder or a model file).") { model, inputs };
        foreach (var option in new Option[] { output, step, jpegQuality, tile, overlap, plugins, verbose })
            command.Options.Add(option);
        runtime.AddTo(command);
        command.SetAction((parse, cancellationToken) => ModelCommandHost.RunAsync("apply", parse.GetValue(verbose), (services, logger, cancellation) =>
        {
            var settings = new ApplySettings(parse.GetValue(tile), parse.GetValue(overlap), parse.GetValue(jpegQuality));
            ImageTiles.Validate(settings.TileSize, settings.TileOverlap);
            if (settings.JpegQuality is < 1 or > 100)
                throw new ArgumentException($"--jpeg-quality must be 1 to 100, not {settings.JpegQuality}.");
            var files = ApplyInputs.Expand(parse.GetValue(inputs)!);
            var modelPath = ModelPaths.Resolve(parse.GetValue(model)!, parse.GetValue(step));
            using var loaded = services.GetRequiredService<ModelLoader>()
                .Load(modelPath, parse.GetValue(plugins) ?? [], runtime.Settings(parse));
            // Every input is checked before any output is written: one that does not fit stops the whole command.
            var mismatches = files
                .Select(file => (file, channels: ImageApplier.ChannelsOf(file)))
                .Where(x => x.channels != loaded.Description.Channels)
                .Select(x => ImageApplier.ChannelMismatch(x.file, x.channels, loaded.Description.Channels))
                .ToList();
            if (mismatches.Count > 0)
                throw new ArgumentException(string.Join(Environment.NewLine, mismatches));
            var outputDirectory = Directory.CreateDirectory(parse.GetValue(output)!.FullName).FullName;
            var applier = new ImageApplier(loaded.Denoiser, loaded.Description.Channels, settings, logger);
            var clock = Stopwatch.StartNew();
            var applied = new List<AppliedImage>();
            for (var i = 0; i < files.Count; i++)
            {
                logger.LogInformation("Image {Index}/{Count}: {Path}", i + 1, files.Count, files[i]);
                applied.Add(applier.Apply(files[i], Path.Combine(outputDirectory, Path.GetFileName(files[i])), cancellation));
            }
            var megapixels = applied.Sum(image => image.Pixels) / 1e6;
            var denoising = applied.Sum(image => image.Denoising.TotalSeconds);
            logger.LogInformation(
                "Denoised {Count} images, {Megapixels:F2} MP, in {Seconds:F1} s: {Rate:F2} MP/s with decoding and encoding, {DenoiseRate:F2} MP/s in the network",
                applied.Count, megapixels, clock.Elapsed.TotalSeconds, megapixels / clock.Elapsed.TotalSeconds, megapixels / Math.Max(denoising, 1e-9));
            return ExitCodes.Success;
        }, cancellationToken));
        return command;
    }
}

/// <summary>The MODEL argument and --step option of the commands that read a trained model.</summary>
public static class ModelArguments
{
    public static Argument<string> Model() => new("model") { Description = "A run folder, a model file (models/STEP.model with its .json description), or an exported state dict (with its FILE.json)." };

    public static Option<string?> Step() => new("--step") { Description = "Train step whose model to use, when a run folder holds several." };
}

/// <summary>--device and --threads for commands that compute outside an experiment.</summary>
public sealed class RuntimeArguments
{
    private readonly Option<string> _device = new("--device") { Description = "cpu, cuda or cuda:N.", DefaultValueFactory = _ => "cpu" };
    private readonly Option<int> _threads = new("--threads") { Description = "Compute threads; 0 uses every core.", DefaultValueFactory = _ => 0 };

    public void AddTo(Command command)
    {
        command.Options.Add(_device);
        command.Options.Add(_threads);
    }

    public RuntimeSettings Settings(ParseResult parse) => new(parse.GetValue(_device)!, parse.GetValue(_threads));
}

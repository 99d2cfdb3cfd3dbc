using System.Text.Json.Nodes;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Denoising.Tests.Host;

/// <summary>A run folder's config.yaml is the experiment as it ran and replays it from anywhere.</summary>
public sealed class ReplayTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private const string PhotosConfig = """
        seed: 11
        threads: 2
        datasets:
          photos:
            source: { type: image-folder, path: data/photos }   # relative to this file
            test_fraction: 0.25
        steps:
          - { id: noisy, kind: noise, input: photos.test, noise: { type: gaussian, sigma: 0.15 } }
          - id: model
            kind: train
            input: photos.train
            noise: { type: gaussian, sigma_range: [0.05, 0.2] }
            denoiser: { type: conv-ae, channels: [8] }
            training: { epochs: 2, batch_size: 4 }
          - { id: denoised, kind: denoise, model: model, input: noisy }
          - { id: scores, kind: evaluate, reference: photos.test, inputs: [noisy, denoised] }
        """;

    [Fact]
    public void Run_of_a_run_folders_config_from_another_working_directory_gives_identical_metrics()
    {
        WritePhotos(_temp.PathOf("project/data/photos/"), 12);
        var config = _temp.File("project/experiment.yaml", PhotosConfig);
        var first = _temp.PathOf("project/runs/first");
        var (exitCode, _, errors) = DenoiseCli.Run(new Dictionary<string, string?>(), ["run", config, "--out", first], _temp.PathOf("project/"));
        Assert.True(exitCode == 0, errors);

        var elsewhere = Directory.CreateDirectory(Path.Combine(_temp.Path, "elsewhere")).FullName;
        var replay = Path.Combine(_temp.Path, "replay");
        var (replayExitCode, _, replayErrors) = DenoiseCli.Run(
            new Dictionary<string, string?>(), ["run", Path.Combine(first, "config.yaml"), "--out", replay], elsewhere);

        Assert.True(replayExitCode == 0, replayErrors);
        Assert.Equal(File.ReadAllText(Path.Combine(first, "metrics.csv")), File.ReadAllText(Path.Combine(replay, "metrics.csv")));
        Assert.Equal(File.ReadAllText(Path.Combine(first, "config.yaml")), File.ReadAllText(Path.Combine(replay, "config.yaml")));
    }

    [Fact]
    public void Config_of_a_run_fills_in_every_default_and_names_its_folders_and_run_json_records_provenance()
    {
        WritePhotos(_temp.PathOf("project/data/photos/"), 8);
        var config = _temp.File("project/experiment.yaml", PhotosConfig);
        var plugins = _temp.PathOf("more-plugins/");
        var run = _temp.PathOf("run");

        var (exitCode, _, errors) = DenoiseCli.Run("run", config, "--out", run, "--plugins", plugins, "--set", "steps.model.training.epochs=1");

        Assert.True(exitCode == 0, errors);
        var yaml = File.ReadAllText(Path.Combine(run, "config.yaml"));
        Assert.Contains("name: \"experiment\"", yaml);
        Assert.Contains($"base_directory: \"{Path.GetDirectoryName(config)}\"", yaml);
        Assert.Contains($"plugin_directories:\n- \"{plugins}\"", yaml);
        Assert.Contains("noise_mode: fresh", yaml);          // a default
        Assert.Contains("optimizer: \"adam\"", yaml);        // a default of the training options
        Assert.Contains("upsampling: \"nearest\"", yaml);    // a default of the denoiser's options
        Assert.Contains("epochs: 1", yaml);                  // the override
        Assert.DoesNotContain("# relative", yaml);
        var (validateExitCode, _, validateErrors) = DenoiseCli.Run("validate", Path.Combine(run, "config.yaml"));
        Assert.True(validateExitCode == 0, validateErrors);

        var provenance = JsonNode.Parse(File.ReadAllText(Path.Combine(run, "run.json")))!["provenance"]!;
        Assert.False(string.IsNullOrEmpty(provenance["framework_version"]!.GetValue<string>()));
        Assert.Contains("run", provenance["command_line"]!.GetValue<string>());
        Assert.Contains(provenance["plugins"]!.AsArray(), p => p!["assembly"]!.GetValue<string>() == "Denoising.Plugins.ConvAE"
                                                               && p["sha256"]!.GetValue<string>().Length == 64);
        Assert.Equal("0.107.0", provenance["torch_sharp_version"]!.GetValue<string>());
        Assert.Matches(@"^\d+\.\d+", provenance["lib_torch_version"]!.GetValue<string>());
        Assert.Equal(2, provenance["threads"]!.GetValue<int>());
        Assert.Equal("cpu", provenance["device"]!.GetValue<string>());
        Assert.Equal(11, provenance["seeds"]!["experiment"]!.GetValue<int>());
        Assert.NotNull(provenance["seeds"]!["model"]);
    }

    private static void WritePhotos(string folder, int count)
    {
        for (var i = 0; i < count; i++)
        {
            using var image = new Image<Rgb24>(16, 16);
            for (var y = 0; y < 16; y++)
                for (var x = 0; x < 16; x++)
                    image[x, y] = new Rgb24((byte)(x * 16 + i), (byte)(y * 16), (byte)((x + y + i) % 2 * 200));
            image.SaveAsPng(Path.Combine(folder, $"photo{i:D2}.png"));
        }
    }

    public void Dispose() => _temp.Dispose();
}

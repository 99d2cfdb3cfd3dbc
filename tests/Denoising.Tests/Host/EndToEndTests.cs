using System.Globalization;
using Denoising.Host.Configuration;
using Denoising.Host.Experiments;
using Denoising.Host.Running;
using Denoising.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Denoising.Tests.Host;

public sealed class EndToEndTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private const string Tiny = """
        name: tiny
        seed: 5
        threads: 2
        datasets:
          shapes:
            source: { type: synthetic, count: 160, height: 16, width: 16, seed: 3 }
            test_fraction: 0.2
        steps:
          - { id: noisy, kind: noise, input: shapes.test, noise: { type: gaussian, sigma: 0.2 } }
          - id: model
            kind: train
            input: shapes.train
            noise: { type: gaussian, sigma: 0.2 }
            denoiser: { type: conv-ae, channels: [16] }
            training: { epochs: 4, batch_size: 16, learning_rate: 0.003, loss: mse }
          - { id: denoised, kind: denoise, model: model, input: noisy }
          - { id: scores, kind: evaluate, reference: shapes.test, inputs: [noisy, denoised], grid: { columns: 4, scale: 2 } }
        """;

    [Fact]
    public void Tiny_experiment_runs_end_to_end_and_denoised_beats_noisy()
    {
        var services = HostFixture.WithInTreePlugins();
        var experiment = services.GetRequiredService<ExperimentLoader>().Load(_temp.File("tiny.yaml", Tiny), [], []);
        var directory = new RunDirectory(Path.Combine(_temp.Path, "run"));

        var status = services.GetRequiredService<ExperimentRunner>().Run(experiment, directory, CancellationToken.None);

        Assert.Equal(RunStatus.Completed, status.State);
        var psnr = ReadMeans(directory.Path, "psnr");
        Assert.True(psnr["denoised"] > psnr["noisy"] + 1, $"denoised {psnr["denoised"]:F2} dB, noisy {psnr["noisy"]:F2} dB");
        Assert.True(File.Exists(directory.GridFile("scores")));
        Assert.True(File.Exists(directory.ModelFile("model")));
        Assert.Contains("kind: train", File.ReadAllText(directory.ConfigFile));
        var losses = status.Steps.Single(s => s.Id == "model").EpochLosses!;
        Assert.True(losses[^1] < losses[0]);
    }

    [Fact]
    public void Rerun_into_the_same_folder_resumes_from_checkpoints_instead_of_training_again()
    {
        var services = HostFixture.WithInTreePlugins();
        var loader = services.GetRequiredService<ExperimentLoader>();
        var path = _temp.File("tiny.yaml", Tiny);
        var directory = new RunDirectory(Path.Combine(_temp.Path, "run"));
        services.GetRequiredService<ExperimentRunner>().Run(loader.Load(path, [], []), directory, CancellationToken.None);
        var first = ReadMeans(directory.Path, "psnr");

        var again = services.GetRequiredService<ExperimentRunner>().Run(loader.Load(path, [], []), directory, CancellationToken.None);

        Assert.Equal(RunStatus.Completed, again.State);
        Assert.Equal(first["denoised"], ReadMeans(directory.Path, "psnr")["denoised"], 6);
        Assert.Contains("Resuming run", File.ReadAllText(directory.LogFile));
    }

    [Fact]
    public void Resuming_removes_the_unfinished_writes_an_interrupted_run_left_anywhere_in_its_folder()
    {
        var services = HostFixture.WithInTreePlugins();
        var loader = services.GetRequiredService<ExperimentLoader>();
        var path = _temp.File("tiny.yaml", Tiny);
        var directory = new RunDirectory(Path.Combine(_temp.Path, "run"));
        services.GetRequiredService<ExperimentRunner>().Run(loader.Load(path, [], []), directory, CancellationToken.None);
        string[] stale =
        [
            Path.Combine(directory.Path, "metrics.csv" + AtomicFile.TemporaryMarker + "0123"),
            Path.Combine(directory.Path, "grids", "scores.png" + AtomicFile.TemporaryMarker + "4567"),
        ];
        foreach (var file in stale)
            File.WriteAllText(file, "interrupted write");

        services.GetRequiredService<ExperimentRunner>().Run(loader.Load(path, [], []), directory, CancellationToken.None);

        Assert.All(stale, file => Assert.False(File.Exists(file), file));
        Assert.Contains("2 unfinished files removed", File.ReadAllText(directory.LogFile));
    }

    [Fact]
    public void Benchmark_protocol_leaves_noise_unclipped_and_scores_inputs_rounded_to_8_bits()
    {
        const string protocol = """
            name: protocol
            seed: 5
            datasets:
              shapes:
                source: { type: synthetic, count: 20, height: 32, width: 32, seed: 3 }
                test_fraction: 0.5
            steps:
              - { id: noisy, kind: noise, input: shapes.test, noise: { type: gaussian, sigma: 25, scale: 255, clip: false } }
              - { id: as_is, kind: evaluate, reference: shapes.test, inputs: [noisy], metrics: [psnr], grid: { columns: 0 } }
              - { id: rounded, kind: evaluate, reference: shapes.test, inputs: [noisy], metrics: [psnr], quantize_bits: 8, grid: { columns: 0 } }
            """;
        var services = HostFixture.WithInTreePlugins();
        var experiment = services.GetRequiredService<ExperimentLoader>().Load(_temp.File("protocol.yaml", protocol), [], []);
        var directory = new RunDirectory(Path.Combine(_temp.Path, "run"));

        var status = services.GetRequiredService<ExperimentRunner>().Run(experiment, directory, CancellationToken.None);

        Assert.Equal(RunStatus.Completed, status.State);
        var psnr = ReadStepMeans(directory.Path, "psnr");
        // Unclipped noise of sigma 25/255 scores 20 log10(255 / 25) = 20.17 dB whatever the image; clipping it to
        // [0, 1] and rounding to 8 bits removes the error beyond black and white, so the rounded score is higher.
        Assert.InRange(psnr[("as_is", "noisy")], 20.0, 20.35);
        Assert.True(psnr[("rounded", "noisy")] > psnr[("as_is", "noisy")] + 0.05,
            $"rounded {psnr[("rounded", "noisy")]:F2} dB, as is {psnr[("as_is", "noisy")]:F2} dB");
    }

    /// <summary>metrics.csv means of one metric by step and input.</summary>
    private static Dictionary<(string Step, string Input), double> ReadStepMeans(string runDirectory, string metric) =>
        File.ReadLines(Path.Combine(runDirectory, "metrics.csv")).Skip(1)
            .Select(line => line.Split(','))
            .Where(cells => cells[2] == metric)
            .ToDictionary(cells => (cells[0], cells[1]), cells => double.Parse(cells[3], CultureInfo.InvariantCulture));

    [Fact]
    public void Resuming_with_other_training_settings_is_refused_naming_the_keys_but_more_epochs_and_other_evaluation_resume()
    {
        var services = HostFixture.WithInTreePlugins();
        var loader = services.GetRequiredService<ExperimentLoader>();
        var runner = services.GetRequiredService<ExperimentRunner>();
        var path = _temp.File("tiny.yaml", Tiny);
        var directory = new RunDirectory(Path.Combine(_temp.Path, "run"));
        runner.Run(loader.Load(path, ["steps.model.training.epochs=2"], []), directory, CancellationToken.None);
        var config = File.ReadAllText(directory.ConfigFile);

        var changed = Assert.Throws<ConfigException>(() => runner.Run(
            loader.Load(path, ["steps.model.training.epochs=2", "steps.model.noise.sigma=0.3", "datasets.shapes.source.seed=4"], []),
            directory, CancellationToken.None));
        var fewer = Assert.Throws<ConfigException>(() => runner.Run(loader.Load(path, ["steps.model.training.epochs=1"], []), directory, CancellationToken.None));

        Assert.Equal(["datasets.shapes.source.seed", "steps.model.noise.sigma"], changed.Errors.Select(e => e.KeyPath));
        Assert.Contains("was 0.2, now 0.3", changed.Errors[1].Message);
        Assert.Contains("2 epochs are already trained; now 1", Assert.Single(fewer.Errors).Message);
        Assert.Equal(config, File.ReadAllText(directory.ConfigFile));

        var more = runner.Run(loader.Load(path, ["steps.model.training.epochs=3", "steps.noisy.noise.sigma=0.1"], []), directory, CancellationToken.None);
        Assert.Equal(RunStatus.Completed, more.State);
        Assert.Equal(3, more.Steps.Single(s => s.Id == "model").EpochLosses!.Count);
    }

    /// <summary>metrics.csv means of one metric by input.</summary>
    /// <summary>The mean of <paramref name="metric"/> per input from a run folder's metrics.csv.</summary>
    internal static Dictionary<string, double> ReadMeans(string runDirectory, string metric) =>
        File.ReadLines(Path.Combine(runDirectory, "metrics.csv")).Skip(1)
            .Select(line => line.Split(','))
            .Where(cells => cells[2] == metric)
            .ToDictionary(cells => cells[1], cells => double.Parse(cells[3], CultureInfo.InvariantCulture));

    public void Dispose() => _temp.Dispose();
}

using System.Globalization;
using Denoising.Abstractions;
using Denoising.Host.Experiments;
using Denoising.Host.Running;
using Denoising.Tests.Host;
using Denoising.Tests.Output;
using Denoising.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Denoising.Tests.ThirdParty;

/// <summary>Experiment files that use third-party components run like any other.</summary>
[Collection(ThirdPartyCollection.Name)]
public sealed class SampleExperimentTests(ThirdPartyBuild build) : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public void The_sample_config_trains_dncnn_and_both_samples_beat_the_noisy_input()
    {
        string[] tiny =
        [
            "datasets.shapes.source.count=160", "datasets.shapes.source.height=16", "datasets.shapes.source.width=16",
            "steps.dncnn.denoiser.depth=4", "steps.dncnn.denoiser.width=16",
            "steps.dncnn.training.epochs=6", "steps.dncnn.training.batch_size=16", "steps.dncnn.training.learning_rate=0.003",
        ];

        var metrics = Run(build.SampleConfig, tiny);

        Assert.True(metrics[("on-gaussian", "gaussian-dncnn")] > metrics[("on-gaussian", "gaussian")] + 2, Describe(metrics));
        Assert.True(metrics[("on-gaussian", "gaussian-median")] > metrics[("on-gaussian", "gaussian")] + 1, Describe(metrics));
        Assert.True(metrics[("on-impulse", "impulse-median")] > metrics[("on-impulse", "impulse")] + 5, Describe(metrics));
    }

    [Theory]
    [InlineData(ThirdPartyBuild.TrainableFromTemplate)]
    [InlineData(ThirdPartyBuild.ClassicalFromTemplate)]
    public void A_project_made_from_the_template_runs_its_smoke_experiment(string project)
    {
        var metrics = Run(Path.Combine(build.TemplateProject(project), "smoke.yaml"), []);

        Assert.True(metrics[("scores", "denoised")] > metrics[("scores", "noisy")], Describe(metrics));
    }

    [Fact]
    public void Dncnn_refuses_the_bce_loss_before_training()
    {
        build.CopyPlugins(_temp.Path, ThirdPartyBuild.ResidualSample);
        var catalog = PluginLoading.Load(_temp.Path);
        var dncnn = (ITrainableDenoiser)catalog.CreateDenoiser("sample-dncnn");
        using var weights = (IDisposable)dncnn;
        var clean = new Image("flat", 1, 8, 8, new float[64]);
        var checkpoints = Path.Combine(_temp.Path, "checkpoints");
        var data = new TrainingData([clean], (_, _) => clean, checkpoints, seed: 1);

        var error = Assert.Throws<ArgumentException>(() => dncnn.Train(data, new TrainingOptions { Loss = "bce" }, CancellationToken.None));

        Assert.Contains("loss 'bce' does not suit a residual network", error.Message);
        Assert.Contains("use loss: mse", error.Message);
        Assert.False(Directory.Exists(checkpoints) && Directory.EnumerateFileSystemEntries(checkpoints).Any());
    }

    /// <summary>Runs the file with the in-tree plugins plus those it names; mean PSNR by (evaluate step, input).</summary>
    private Dictionary<(string Step, string Input), double> Run(string configPath, IEnumerable<string> overrides)
    {
        var services = HostFixture.WithInTreePlugins();
        var experiment = services.GetRequiredService<ExperimentLoader>().Load(configPath, overrides, []);
        var directory = new RunDirectory(Path.Combine(_temp.Path, "run"));

        var status = services.GetRequiredService<ExperimentRunner>().Run(experiment, directory, CancellationToken.None);

        Assert.True(status.State == RunStatus.Completed, status.Error);
        return CsvTestReader.Read(Path.Combine(directory.Path, "metrics.csv")).Skip(1)
            .Where(row => row[2] == "psnr")
            .ToDictionary(row => (row[0], row[1]), row => double.Parse(row[3], CultureInfo.InvariantCulture));
    }

    private static string Describe(Dictionary<(string Step, string Input), double> psnr) =>
        string.Join(", ", psnr.Select(p => $"{p.Key.Step}/{p.Key.Input} {p.Value:F2} dB"));

    public void Dispose() => _temp.Dispose();
}

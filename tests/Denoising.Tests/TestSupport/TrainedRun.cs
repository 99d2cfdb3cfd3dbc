using Denoising.Host.Experiments;
using Denoising.Host.Running;
using Denoising.Tests.Host;
using Microsoft.Extensions.DependencyInjection;

namespace Denoising.Tests.TestSupport;

/// <summary>A tiny grey conv-ae run, trained once per test class (xunit class fixture) for the tests that use its model.</summary>
public sealed class TrainedRun : IDisposable
{
    public const string Config = """
        name: tiny
        seed: 5
        threads: 2
        datasets:
          shapes:
            source: { type: synthetic, count: 48, height: 16, width: 16, seed: 3 }
            test_fraction: 0.25
        steps:
          - { id: noisy, kind: noise, input: shapes.test, noise: { type: gaussian, sigma: 0.2 } }
          - id: model
            kind: train
            input: shapes.train
            noise: { type: gaussian, sigma: 0.2 }
            denoiser: { type: conv-ae, channels: [8, 8] }
            training: { epochs: 2, batch_size: 12, learning_rate: 0.003 }
          - { id: denoised, kind: denoise, model: model, input: noisy }
          - { id: scores, kind: evaluate, reference: shapes.test, inputs: [noisy, denoised] }
        """;

    private readonly TempDirectory _temp = new();

    public TrainedRun()
    {
        Services = HostFixture.WithInTreePlugins();
        ConfigPath = _temp.File("tiny.yaml", Config);
        Directory = new RunDirectory(System.IO.Path.Combine(_temp.Path, "run"));
        var experiment = Services.GetRequiredService<ExperimentLoader>().Load(ConfigPath, [], []);
        Services.GetRequiredService<ExperimentRunner>().Run(experiment, Directory, CancellationToken.None);
    }

    public IServiceProvider Services { get; }

    public string ConfigPath { get; }

    public RunDirectory Directory { get; }

    public string ModelFile => Directory.ModelFile("model");

    public void Dispose() => _temp.Dispose();
}

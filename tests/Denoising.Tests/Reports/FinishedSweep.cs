using Denoising.Host.Sweeps;
using Denoising.Tests.Sweeps;
using Denoising.Tests.TestSupport;

namespace Denoising.Tests.Reports;

/// <summary>
/// A sweep run once for the report tests: 3 datasets (two synthetic seeds and a missing image folder, which fails)
/// x 2 noises = 6 points, 2 of them failing, 2 at a time.
/// </summary>
public sealed class FinishedSweep : IAsyncLifetime
{
    private readonly TempDirectory _temp = new();

    public const string Sweep = """
        grid:
          datasets.shapes.source:
            - { type: synthetic, count: 8, height: 8, width: 8, seed: 1 }
            - { type: synthetic, count: 8, height: 8, width: 8, seed: 2 }
            - { type: image-folder, path: no-such-folder }
          steps.noisy.noise: [{ type: gaussian, sigma: 0.05 }, { type: gaussian, sigma: 0.3 }]
        labels: { datasets.shapes.source: data }
        report:
          heatmaps:
            - { rows: noise, columns: input, metric: psnr }
            - { rows: noise, columns: input, inputs: [salty, nois*], metric: ssim, split_by: data, decimals: 3 }
        """;

    public SweepOutcome Outcome { get; private set; } = null!;

    public string Directory => Outcome.Directory;

    public async Task InitializeAsync()
    {
        var config = SweepYaml.Write(_temp, Sweep);
        Outcome = await SweepRuns.RunAsync(SweepRuns.Request(config, Path.Combine(_temp.Path, "sweep"), parallel: 2));
    }

    public Task DisposeAsync()
    {
        _temp.Dispose();
        return Task.CompletedTask;
    }
}

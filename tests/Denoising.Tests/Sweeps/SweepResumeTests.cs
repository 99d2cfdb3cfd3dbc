using Denoising.Host.Configuration;
using Denoising.Host.Running;
using Denoising.Host.Sweeps;
using Denoising.Tests.TestSupport;

namespace Denoising.Tests.Sweeps;

public sealed class SweepResumeTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Rerunning_skips_completed_points_and_reruns_running_and_failed_ones_in_their_folders()
    {
        var config = SweepYaml.Write(_temp, "grid:\n  seed: [1, 2, 3]");
        var request = SweepRuns.Request(config, Path.Combine(_temp.Path, "out"), parallel: 2);
        var first = await SweepRuns.RunAsync(request);
        Assert.All(first.Results, r => Assert.Equal(PointOutcome.Completed, r.Outcome));
        var (interrupted, failed, finished) = (first.Results[0], first.Results[1], first.Results[2]);
        MarkAs(first, interrupted, RunStatus.Running);
        MarkAs(first, failed, RunStatus.Failed);
        var finishedStart = SweepRuns.Status(first, finished).Started;

        var second = await SweepRuns.RunAsync(request);

        Assert.Equal([PointOutcome.Completed, PointOutcome.Completed, PointOutcome.Skipped], second.Results.Select(r => r.Outcome));
        Assert.All(second.Results, r => Assert.Equal(RunStatus.Completed, SweepRuns.Status(second, r).State));
        Assert.Equal(finishedStart, SweepRuns.Status(second, second.Results[2]).Started);
        Assert.True(SweepRuns.Status(second, second.Results[0]).Started > SweepRuns.Status(first, finished).Finished);
        Assert.Equal(first.Results.Select(r => r.Point.Hash), second.Results.Select(r => r.Point.Hash));
        var log = File.ReadAllText(Path.Combine(SweepRuns.PointDirectory(second, second.Results[1].Point), "log.txt"));
        Assert.Contains("Resuming run", log);
        Assert.Equal(0, second.Failed);
    }

    [Fact]
    public async Task An_invalid_point_is_reported_before_any_point_runs()
    {
        var config = SweepYaml.Write(_temp, "grid:\n  steps.noisy.noise: [{type: gaussian, sigma: 0.1}, {type: gaussian, sigma: -1}]");
        var output = Path.Combine(_temp.Path, "out");

        var error = await Assert.ThrowsAsync<ConfigException>(() => SweepRuns.RunAsync(SweepRuns.Request(config, output)));

        var single = Assert.Single(error.Errors);
        Assert.Contains("(point noise=gaussian--1)", single.Message);
        Assert.StartsWith("--set steps.noisy.noise={type: gaussian, sigma: -1}", single.Location);
        Assert.False(Directory.Exists(output));
    }

    private static void MarkAs(SweepOutcome outcome, PointResult result, string state)
    {
        var directory = new RunDirectory(SweepRuns.PointDirectory(outcome, result.Point));
        var status = directory.ReadStatus()!;
        directory.WriteStatus(status with { State = state });
    }
}

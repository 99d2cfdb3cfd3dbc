using System.Diagnostics;
using Denoising.Host.Running;
using Denoising.Host.Sweeps;
using Denoising.Tests.TestSupport;

namespace Denoising.Tests.Sweeps;

public sealed class SweepCancellationTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task A_cancelled_child_gets_sigterm_and_the_call_returns_once_it_has_exited()
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var clock = Stopwatch.StartNew();

        var exitCode = await ChildProcess.RunAsync(new ChildCommand("sleep", []), ["30"], Path.Combine(_temp.Path, "out.txt"), TimeSpan.FromSeconds(10), cancel.Token);

        Assert.Equal(128 + 15, exitCode); // ended by SIGTERM, not killed
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task Cancelling_a_sweep_stops_the_running_training_which_records_itself_cancelled()
    {
        var config = _temp.File("train.yaml", LongTraining.Sweep);
        var request = SweepRuns.Request(config, Path.Combine(_temp.Path, "out"));
        using var cancel = new CancellationTokenSource();
        var sweep = SweepRuns.RunAsync(request, cancel.Token);
        await LongTraining.WaitForTraining(Path.Combine(_temp.Path, "out", SweepLayout.PointsFolder));

        await cancel.CancelAsync();
        var outcome = await sweep;

        Assert.True(outcome.Cancelled);
        var result = Assert.Single(outcome.Results); // the second point never started
        Assert.Equal(PointOutcome.Cancelled, result.Outcome);
        Assert.Equal(RunStatus.Cancelled, SweepRuns.Status(outcome, result).State);
        Assert.Equal(2, outcome.Plan.Points.Count);
    }
}

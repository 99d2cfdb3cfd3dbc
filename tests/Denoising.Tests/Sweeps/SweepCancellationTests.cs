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
        var config = _temp.File("train.yaml", """
            seed: 1
            datasets:
              shapes: { source: { type: synthetic, count: 8, height: 8, width: 8 }, test_fraction: 0.5 }
            steps:
              - id: model
                kind: train
                input: shapes.train
                noise: { type: gaussian, sigma: 0.1 }
                denoiser: { type: dense-ae, hidden: [4] }
                training: { epochs: 1000000, batch_size: 4, time_budget: 2m }
            sweep:
              grid:
                seed: [1, 2]
            """);
        var request = SweepRuns.Request(config, Path.Combine(_temp.Path, "out"));
        using var cancel = new CancellationTokenSource();
        var sweep = SweepRuns.RunAsync(request, cancel.Token);
        await WaitForTraining(Path.Combine(_temp.Path, "out", SweepLayout.PointsFolder));

        await cancel.CancelAsync();
        var outcome = await sweep;

        Assert.True(outcome.Cancelled);
        var result = Assert.Single(outcome.Results); // the second point never started
        Assert.Equal(PointOutcome.Cancelled, result.Outcome);
        Assert.Equal(RunStatus.Cancelled, SweepRuns.Status(outcome, result).State);
        Assert.Equal(2, outcome.Plan.Points.Count);
    }

    /// <summary>Until the first point's log says its training step started.</summary>
    private static async Task WaitForTraining(string pointsFolder)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            var log = Directory.Exists(pointsFolder) ? Directory.GetFiles(pointsFolder, "log.txt", SearchOption.AllDirectories).FirstOrDefault() : null;
            if (log is not null && ReadShared(log).Contains("Step 1/1", StringComparison.Ordinal))
                return;
            await Task.Delay(100);
        }
        throw new TimeoutException("the first point did not start training within 60 s");
    }

    private static string ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        return new StreamReader(stream).ReadToEnd();
    }
}

using System.Diagnostics;
using Denoising.Host.Experiments;
using Denoising.Host.Running;
using Denoising.Host.Sweeps;
using Denoising.Tests.Host;
using Microsoft.Extensions.DependencyInjection;

namespace Denoising.Tests.Sweeps;

/// <summary>One writer per run folder; a sweep's children do not outlive it.</summary>
public sealed class RunLockTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private const string Quick = """
        seed: 1
        datasets:
          shapes: { source: { type: synthetic, count: 6, height: 8, width: 8 } }
        steps:
          - { id: noisy, kind: noise, input: shapes.test, noise: { type: gaussian, sigma: 0.1 } }
          - { id: scores, kind: evaluate, inputs: [noisy], reference: shapes.test }
        """;

    [Fact]
    public void A_second_run_into_a_folder_in_use_is_refused_and_writes_nothing()
    {
        var services = HostFixture.WithInTreePlugins();
        var experiment = services.GetRequiredService<ExperimentLoader>().Load(_temp.File("quick.yaml", Quick), [], []);
        var folder = Path.Combine(_temp.Path, "run");
        using var other = RunLock.TryAcquire(folder);
        Assert.NotNull(other);

        var error = Assert.Throws<RunFolderBusyException>(
            () => services.GetRequiredService<ExperimentRunner>().Run(experiment, new RunDirectory(folder), CancellationToken.None));

        Assert.Contains(folder, error.Message);
        Assert.Equal([RunLock.FileName], Directory.GetFiles(folder).Select(Path.GetFileName));
    }

    [Fact]
    public void The_lock_is_free_again_once_its_holder_lets_go()
    {
        var folder = Path.Combine(_temp.Path, "run");
        using (var first = RunLock.TryAcquire(folder))
        {
            Assert.NotNull(first);
            Assert.Null(RunLock.TryAcquire(folder));
        }

        using var again = RunLock.TryAcquire(folder);
        Assert.NotNull(again);
    }

    [Fact]
    public async Task A_sweep_leaves_a_point_that_another_process_is_running_to_it()
    {
        var config = SweepYaml.Write(_temp, "grid:\n  seed: [1, 2]");
        var request = SweepRuns.Request(config, Path.Combine(_temp.Path, "out"));
        var plan = HostFixture.WithInTreePlugins().GetRequiredService<SweepRunner>().Plan(request);
        var busyFolder = Path.Combine(request.OutputDirectory!, SweepLayout.PointDirectory(plan.Points[0]));
        using var held = RunLock.TryAcquire(busyFolder);

        var outcome = await SweepRuns.RunAsync(request);

        Assert.Equal([PointOutcome.Busy, PointOutcome.Completed], outcome.Results.Select(r => r.Outcome));
        Assert.False(File.Exists(Path.Combine(busyFolder, "run.json")), "the busy point's files belong to the other process");
        Assert.Equal(0, outcome.Failed);
    }

    [Fact]
    public async Task A_child_run_stops_by_itself_when_its_sweep_is_killed()
    {
        var config = _temp.File("train.yaml", LongTraining.Sweep.Replace("seed: [1, 2]", "seed: [1]", StringComparison.Ordinal));
        var output = Path.Combine(_temp.Path, "out");
        using var sweep = Process.Start(new ProcessStartInfo(Path.Combine(RepoPaths.HostOutput, "denoise"), ["sweep", config, "--out", output])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        int? childPid = null;
        try
        {
            var lockFile = Path.Combine(await LongTraining.WaitForTraining(Path.Combine(output, SweepLayout.PointsFolder)), RunLock.FileName);
            childPid = int.Parse(ReadLocked(lockFile).Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);

            sweep.Kill(entireProcessTree: false); // SIGKILL: the sweep cannot tell its child
            await sweep.WaitForExitAsync();

            using var child = Process.GetProcessById(childPid.Value);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await child.WaitForExitAsync(timeout.Token);
            var status = new RunDirectory(Path.GetDirectoryName(lockFile)!).ReadStatus();
            Assert.Equal(RunStatus.Cancelled, status?.State);
        }
        finally
        {
            // Whatever failed above, no process of this test outlives it.
            if (!sweep.HasExited)
                sweep.Kill(entireProcessTree: true);
            if (childPid is { } pid)
            {
                try
                {
                    using var child = Process.GetProcessById(pid);
                    child.Kill();
                }
                catch (ArgumentException)
                {
                    // Already gone, as it should be.
                }
            }
        }
    }

    /// <summary>The lock is advisory: cat reads what .NET's own share check would refuse.</summary>
    private static string ReadLocked(string path)
    {
        using var cat = Process.Start(new ProcessStartInfo("cat", [path]) { RedirectStandardOutput = true })!;
        var text = cat.StandardOutput.ReadToEnd();
        cat.WaitForExit();
        return text;
    }
}

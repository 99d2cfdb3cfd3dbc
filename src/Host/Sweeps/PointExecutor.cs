using System.Diagnostics;
using System.Globalization;
using Denoising.Host.Running;

namespace Denoising.Host.Sweeps;

/// <summary>
/// Runs one point as <c>denoise run EXPERIMENT --out POINTDIR --set ...</c> in a child process, unless its run.json
/// already says completed. A point that fails in any way (an error in the run, a crash, a config error) ends with
/// run.json <c>failed</c> and its error, so the sweep can go on and report it.
/// </summary>
public sealed class PointExecutor(SweepPlan plan, string sweepDirectory, SweepRequest request, int threadsPerPoint, ChildCommand command)
{
    public static bool IsCompleted(string sweepDirectory, SweepPoint point) =>
        new RunDirectory(Path.Combine(sweepDirectory, SweepLayout.PointDirectory(point))).ReadStatus()?.State == RunStatus.Completed;

    public async Task<PointResult> RunAsync(SweepPoint point, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var directory = new RunDirectory(Path.Combine(sweepDirectory, SweepLayout.PointDirectory(point)));
        if (IsCompleted(sweepDirectory, point))
            return new PointResult(point, PointOutcome.Skipped, null, TimeSpan.Zero);
        // Another sweep or shard may be running this point into the same folder: leave it to that process.
        using (var probe = RunLock.TryAcquire(directory.Path))
        {
            if (probe is null)
                return new PointResult(point, PointOutcome.Busy, null, TimeSpan.Zero);
        }
        var started = DateTimeOffset.Now;
        int exitCode;
        try
        {
            SweepLayout.WritePoint(directory.Path, point);
            var arguments = Arguments(point, directory).ToList();
            var console = Path.Combine(directory.Path, SweepLayout.ConsoleFileName);
            // The command line heads each attempt's output, so a point can be rerun by hand.
            File.AppendAllText(console, $"--- {started:yyyy-MM-dd HH:mm:ss} {string.Join(' ', command.LeadingArguments.Concat(arguments).Prepend(command.FileName).Select(Quote))}\n");
            exitCode = await ChildProcess.RunAsync(command, arguments, console, request.StopGrace, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Failed(point, directory, started, $"could not run the point: {e.Message}", clock.Elapsed);
        }
        var status = ThisAttempt(directory.ReadStatus(), started);
        if (exitCode == 0 && status?.State == RunStatus.Completed)
            return new PointResult(point, PointOutcome.Completed, null, clock.Elapsed);
        if (cancellationToken.IsCancellationRequested)
            return new PointResult(point, PointOutcome.Cancelled, null, clock.Elapsed);
        if (exitCode == Cli.ExitCodes.Busy)
            return new PointResult(point, PointOutcome.Busy, null, clock.Elapsed); // its run.json belongs to the other process

        var error = status is { State: RunStatus.Failed, Error: { } message }
            ? message
            : $"exit code {exitCode}{ConsoleTail(directory)}";
        return Failed(point, directory, started, error, clock.Elapsed);
    }

    private IEnumerable<string> Arguments(SweepPoint point, RunDirectory directory)
    {
        yield return "run";
        yield return plan.ExperimentPath;
        yield return "--out";
        yield return directory.Path;
        yield return "--dataset-cache";
        yield return Path.Combine(sweepDirectory, SweepLayout.DatasetsFolder);
        foreach (var assignment in plan.Overrides.Concat(point.Overrides))
        {
            yield return "--set";
            yield return assignment;
        }
        if (point.Threads == 0)
        {
            yield return "--set";
            yield return $"threads={threadsPerPoint.ToString(CultureInfo.InvariantCulture)}";
        }
        foreach (var plugins in request.PluginDirectories ?? [])
        {
            yield return "--plugins";
            yield return plugins;
        }
    }

    /// <summary>Marks the point failed, keeping what its run.json already recorded.</summary>
    private static PointResult Failed(SweepPoint point, RunDirectory directory, DateTimeOffset started, string error, TimeSpan duration)
    {
        var previous = ThisAttempt(directory.ReadStatus(), started);
        if (previous?.State != RunStatus.Failed)
        {
            directory.WriteStatus(previous is null
                ? new RunStatus(point.Label, RunStatus.Failed, started, DateTimeOffset.Now, error, [], 0)
                : previous with { State = RunStatus.Failed, Finished = DateTimeOffset.Now, Error = error });
        }
        return new PointResult(point, PointOutcome.Failed, error, duration);
    }

    private static string Quote(string argument) =>
        argument.Length > 0 && argument.All(c => char.IsAsciiLetterOrDigit(c) || "/._=-:+,".Contains(c)) ? argument : $"'{argument.Replace("'", "'\\''", StringComparison.Ordinal)}'";

    /// <summary>The status if this attempt's run wrote it; an earlier attempt's says nothing about this one.</summary>
    private static RunStatus? ThisAttempt(RunStatus? status, DateTimeOffset started) =>
        status is not null && status.Started >= started ? status : null;

    /// <summary>The last lines the child wrote, which say why it stopped when run.json cannot.</summary>
    private static string ConsoleTail(RunDirectory directory)
    {
        var path = Path.Combine(directory.Path, SweepLayout.ConsoleFileName);
        if (!File.Exists(path))
            return "";
        var lines = File.ReadLines(path).Where(l => !string.IsNullOrWhiteSpace(l)).TakeLast(3).Select(l => l.Trim()).ToList();
        return lines.Count == 0 ? "" : ": " + string.Join(" | ", lines);
    }
}

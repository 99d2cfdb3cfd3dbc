using Denoising.Host.Reports;
using Denoising.Host.Terminal;
using Microsoft.Extensions.Logging;

namespace Denoising.Host.Sweeps;

/// <summary>
/// Runs this shard's points, <c>Parallel</c> at a time, each in its own child process; skips completed ones,
/// goes on past failed ones, and writes the report at the end (also after a cancellation, for what finished).
/// </summary>
public sealed class SweepRunner(SweepPlanner planner, SweepReporter reporter, SweepDisplay display, ILogger<SweepRunner> logger)
{
    /// <exception cref="Configuration.ConfigException">The sweep or one of its points is not valid; nothing ran.</exception>
    public async Task<SweepOutcome> RunAsync(SweepRequest request, CancellationToken cancellationToken)
    {
        if (request.Parallel < 1)
            throw new ArgumentOutOfRangeException(nameof(request), request.Parallel, "--parallel must be at least 1");
        var plan = Plan(request);
        var directory = Path.GetFullPath(request.OutputDirectory ?? Path.Combine("sweeps", plan.Name));
        Directory.CreateDirectory(directory);
        SweepLayout.WritePlan(directory, plan);
        var shard = request.Shard ?? Shard.All;
        var points = shard.Select(plan.Points);
        var parallelism = request.Parallelism(points.Count(point => !PointExecutor.IsCompleted(directory, point)));
        logger.LogInformation("Sweep {Name}: {Total} points; shard {Shard} runs {Count}, {Parallelism}{Auto}; output in {Directory}",
            plan.Name, plan.Points.Count, shard, points.Count, parallelism, request.Parallel is null ? " (auto)" : "", directory);

        var executor = new PointExecutor(plan, directory, request, parallelism.ThreadsPerPoint, request.Child ?? ChildCommand.CurrentHost());
        var status = new SweepStatus(plan.Name, directory, points.Count, parallelism.Points);
        var cancelled = false;
        using (var displayed = new CancellationTokenSource())
        {
            var shown = display.ShowAsync(status, displayed.Token);
            try
            {
                var options = new ParallelOptions { MaxDegreeOfParallelism = parallelism.Points, CancellationToken = cancellationToken };
                await Parallel.ForEachAsync(points, options, async (point, token) =>
                {
                    status.Started(point);
                    var result = await executor.RunAsync(point, token);
                    status.Finished(result);
                    Log(result, status.Snapshot());
                });
            }
            catch (OperationCanceledException)
            {
                cancelled = true;
                logger.LogWarning("Sweep cancelled; finished points are kept, rerun the same command to resume");
            }
            finally
            {
                await displayed.CancelAsync();
                await shown;
            }
        }
        var outcome = new SweepOutcome(directory, plan, status.Results.OrderBy(r => r.Point.Index).ToList(), cancelled);
        LogSummary(outcome, points.Count);
        WriteReport(directory);
        return outcome;
    }

    public SweepPlan Plan(SweepRequest request) =>
        planner.Plan(SweepSource.Load(request.ConfigPath), request.Overrides ?? [], request.PluginDirectories ?? []);

    private void Log(PointResult result, SweepSnapshot snapshot)
    {
        var position = result.Point.Index + 1;
        switch (result.Outcome)
        {
            case PointOutcome.Failed:
                logger.LogError("Point {Index} {Label} failed after {Seconds:F1} s: {Error}", position, result.Point.Label, result.Duration.TotalSeconds, result.Error);
                break;
            case PointOutcome.Skipped:
                logger.LogInformation("Point {Index} {Label} already completed; skipped", position, result.Point.Label);
                break;
            case PointOutcome.Busy:
                logger.LogWarning("Point {Index} {Label} is running in another process; left to it", position, result.Point.Label);
                break;
            default:
                logger.LogInformation("Point {Index} {Label} {Outcome} in {Seconds:F1} s (in this shard: {Status})",
                    position, result.Point.Label, result.Outcome.ToString().ToLowerInvariant(), result.Duration.TotalSeconds, snapshot.Describe());
                break;
        }
    }

    private void LogSummary(SweepOutcome outcome, int count)
    {
        var skipped = outcome.Count(PointOutcome.Skipped);
        if (outcome.Failed > 0)
            logger.LogError("{Failed} of {Count} points failed ({Completed} completed, {Skipped} already completed)",
                outcome.Failed, count, outcome.Count(PointOutcome.Completed), skipped);
        else if (!outcome.Cancelled)
            logger.LogInformation("All {Count} points completed ({Skipped} of them earlier)", count, skipped);
    }

    private void WriteReport(string directory)
    {
        try
        {
            reporter.Write(directory);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            logger.LogError("The report could not be written: {Message}", e.Message);
        }
    }
}

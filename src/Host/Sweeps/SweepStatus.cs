using System.Collections.Concurrent;
using System.Diagnostics;
using Denoising.Host.Output;

namespace Denoising.Host.Sweeps;

/// <summary>
/// What a sweep in progress is doing: the points finished (done, failed), those running with the epoch their training
/// has reached (the last row of their newest curves CSV) and the time the rest should take. Thread-safe.
/// </summary>
public sealed class SweepStatus(string name, string directory, int count, int parallel)
{
    private readonly ConcurrentDictionary<int, (SweepPoint Point, Stopwatch Clock)> _running = new();
    private readonly ConcurrentQueue<PointResult> _finished = new();

    public string Name { get; } = name;

    public void Started(SweepPoint point) => _running[point.Index] = (point, Stopwatch.StartNew());

    public void Finished(PointResult result)
    {
        _finished.Enqueue(result);
        _running.TryRemove(result.Point.Index, out _);
    }

    public IReadOnlyCollection<PointResult> Results => _finished;

    public SweepSnapshot Snapshot()
    {
        var finished = _finished.ToList();
        var running = _running.Values.OrderBy(r => r.Point.Index)
            .Select(r => new RunningPoint(r.Point, r.Clock.Elapsed, LatestEpoch(r.Point)))
            .ToList();
        return new SweepSnapshot(
            count,
            finished.Count(r => r.Outcome is PointOutcome.Completed or PointOutcome.Skipped),
            finished.Count(r => r.Outcome == PointOutcome.Failed),
            running,
            SweepProgress.Remaining(finished, count, parallel, running.Select(r => r.Elapsed)));
    }

    /// <summary>The newest curves file of the point's run and its last epoch; null before the first epoch ends.</summary>
    private TrainingPosition? LatestEpoch(SweepPoint point)
    {
        var curves = Path.Combine(directory, SweepLayout.PointDirectory(point), "curves");
        try
        {
            var newest = new DirectoryInfo(curves).Exists
                ? new DirectoryInfo(curves).EnumerateFiles("*.csv").Where(f => !AtomicFile.IsTemporary(f.FullName)).MaxBy(f => f.LastWriteTimeUtc)
                : null;
            return newest is not null && CurvesCsv.LastEpoch(newest.FullName) is int epoch
                ? new TrainingPosition(Path.GetFileNameWithoutExtension(newest.Name), epoch)
                : null;
        }
        catch (IOException)
        {
            return null; // replaced while read: the next look finds it
        }
    }
}

/// <param name="Done">Points completed now or earlier.</param>
public sealed record SweepSnapshot(int Count, int Done, int Failed, IReadOnlyList<RunningPoint> Running, TimeSpan Remaining)
{
    /// <summary>One line: <c>3 of 12 done, 2 running (point 4 model epoch 7, point 5), 1 failed; ETA 00:04:10</c>.</summary>
    public string Describe()
    {
        var running = Running.Count == 0 ? "" : $" ({string.Join(", ", Running.Select(r => $"point {r.Point.Index + 1}{r.Training}"))})";
        return $"{Done} of {Count} done, {Running.Count} running{running}, {Failed} failed; ETA {Remaining}";
    }
}

/// <param name="Training">Where the point's training is, or null before its first epoch ends (or without training).</param>
public sealed record RunningPoint(SweepPoint Point, TimeSpan Elapsed, TrainingPosition? Training);

/// <param name="Step">The train step (its curves file's name).</param>
/// <param name="Epoch">The last epoch it finished.</param>
public sealed record TrainingPosition(string Step, int Epoch)
{
    public override string ToString() => $" {Step} epoch {Epoch}";
}

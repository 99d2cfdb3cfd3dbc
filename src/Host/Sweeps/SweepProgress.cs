namespace Denoising.Host.Sweeps;

/// <summary>How long the rest of a sweep should take.</summary>
public static class SweepProgress
{
    /// <summary>
    /// The mean duration of the points run so far times the points left, divided among the parallel workers;
    /// points skipped as already completed cost nothing and do not count.
    /// </summary>
    public static TimeSpan Remaining(IReadOnlyCollection<PointResult> finished, int count, int parallel)
    {
        var ran = finished.Where(r => r.Outcome is not (PointOutcome.Skipped or PointOutcome.Busy)).ToList();
        if (ran.Count == 0)
            return TimeSpan.Zero;
        var mean = ran.Average(r => r.Duration.TotalSeconds);
        return TimeSpan.FromSeconds(Math.Round(mean * (count - finished.Count) / Math.Max(1, parallel)));
    }

    /// <summary>
    /// As <see cref="Remaining(IReadOnlyCollection{PointResult}, int, int)"/>, less the time the running points have
    /// already spent (each counted up to the mean point time, so a slow point never makes the rest negative).
    /// </summary>
    public static TimeSpan Remaining(IReadOnlyCollection<PointResult> finished, int count, int parallel, IEnumerable<TimeSpan> runningFor)
    {
        var ran = finished.Where(r => r.Outcome is not (PointOutcome.Skipped or PointOutcome.Busy)).ToList();
        if (ran.Count == 0)
            return TimeSpan.Zero;
        var mean = ran.Average(r => r.Duration.TotalSeconds);
        var spent = runningFor.Sum(time => Math.Min(time.TotalSeconds, mean));
        return TimeSpan.FromSeconds(Math.Round(Math.Max(0, mean * (count - finished.Count) - spent) / Math.Max(1, parallel)));
    }
}

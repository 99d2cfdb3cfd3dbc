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
}

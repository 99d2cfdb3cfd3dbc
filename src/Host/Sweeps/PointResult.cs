namespace Denoising.Host.Sweeps;

/// <summary>How one point of a sweep run ended in this invocation.</summary>
public sealed record PointResult(SweepPoint Point, PointOutcome Outcome, string? Error, TimeSpan Duration);

public enum PointOutcome
{
    /// <summary>Ran to the end now.</summary>
    Completed,

    /// <summary>Already completed by an earlier run of the sweep; not run again.</summary>
    Skipped,

    Failed,

    /// <summary>Stopped by Ctrl+C or SIGTERM; rerunning the sweep resumes it.</summary>
    Cancelled,

    /// <summary>Running in another process (another sweep or shard into the same folder); left to it.</summary>
    Busy,
}

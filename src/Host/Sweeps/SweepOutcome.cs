namespace Denoising.Host.Sweeps;

/// <summary>What one invocation of a sweep did: the results of this shard's points, in the sweep's order.</summary>
public sealed record SweepOutcome(string Directory, SweepPlan Plan, IReadOnlyList<PointResult> Results, bool Cancelled)
{
    public int Failed => Results.Count(r => r.Outcome == PointOutcome.Failed);

    public int Count(PointOutcome outcome) => Results.Count(r => r.Outcome == outcome);
}

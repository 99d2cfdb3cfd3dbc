using Denoising.Host.Reports;

namespace Denoising.Host.Sweeps;

/// <summary>The content of sweep.json: the whole plan (every shard's points), from which <c>report</c> works.</summary>
public sealed record SweepRecord(
    string Name,
    string Experiment,
    IReadOnlyList<string> Overrides,
    IReadOnlyList<SweptKey> Keys,
    IReadOnlyList<PointRecord> Points,
    ReportOptions Report)
{
    public static SweepRecord From(SweepPlan plan) => new(
        plan.Name, plan.ExperimentPath, plan.Overrides, plan.Keys, plan.Points.Select(PointRecord.From).ToList(), plan.Report);
}

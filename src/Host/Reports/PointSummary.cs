using Denoising.Host.Output;
using Denoising.Host.Sweeps;

namespace Denoising.Host.Reports;

/// <summary>One point as found on disk: its plan entry, its run status and its mean metrics.</summary>
/// <param name="Status">run.json's state, or <see cref="Pending"/> when the point has not started.</param>
public sealed record PointSummary(PointRecord Point, string Status, string? Error, IReadOnlyList<MetricRow> Metrics)
{
    public const string Pending = "pending";

    public string ValueLabelOf(string key) => Point.Assignments.First(a => a.Key == key).Label;
}

using Denoising.Host.Output;
using Denoising.Host.Sweeps;

namespace Denoising.Host.Reports;

/// <summary>One point as found on disk: its plan entry, its run status and its mean metrics.</summary>
/// <param name="Status">run.json's state, <see cref="Pending"/> when the point has not started, or <see cref="Unreadable"/>.</param>
public sealed record PointSummary(PointRecord Point, string Status, string? Error, IReadOnlyList<MetricRow> Metrics)
{
    public const string Pending = "pending";

    /// <summary>The point's files could not be read (too large, not JSON, outside the sweep folder).</summary>
    public const string Unreadable = "unreadable";

    public string ValueLabelOf(string key) => Point.Assignments.First(a => a.Key == key).Label;
}

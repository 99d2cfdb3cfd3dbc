using Denoising.Host.Output;

namespace Denoising.Host.Reports;

/// <summary>
/// One row per point: label, status, the swept values (one column per key, by short name), the mean metrics
/// (columns <c>step/input/metric</c>, in the order the points produced them) and the error of a failed point.
/// </summary>
public sealed record SummaryTable(IReadOnlyList<string> ValueColumns, IReadOnlyList<string> MetricColumns, IReadOnlyList<SummaryRow> Rows)
{
    public const string LabelColumn = "label";
    public const string StatusColumn = "status";
    public const string ErrorColumn = "error";

    public static SummaryTable Build(SweepResults results)
    {
        var metricColumns = results.Points.SelectMany(p => p.Metrics).Select(ColumnOf).Distinct().ToList();
        var rows = results.Points.Select(point => new SummaryRow(
            point.Point.Label,
            point.Status,
            point.Point.Assignments.ToDictionary(a => a.Name, a => a),
            point.Metrics.GroupBy(ColumnOf).ToDictionary(g => g.Key, g => g.Last().Value),
            point.Error)).ToList();
        return new SummaryTable(results.Sweep.Keys.Select(k => k.Name).ToList(), metricColumns, rows);
    }

    public static string ColumnOf(MetricRow row) => $"{row.Step}/{row.Input}/{row.Metric}";
}

/// <param name="Values">Swept values by key name.</param>
/// <param name="Metrics">Metric means by column name; absent where the point has none.</param>
public sealed record SummaryRow(
    string Label,
    string Status,
    IReadOnlyDictionary<string, Sweeps.AssignmentRecord> Values,
    IReadOnlyDictionary<string, double> Metrics,
    string? Error);

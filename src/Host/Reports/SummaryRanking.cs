using Denoising.Host.Running;

namespace Denoising.Host.Reports;

/// <summary>
/// How summary.md orders the points: by the mean of one metric over each point's metric columns (its evaluated inputs),
/// best first; points without it (failed, pending) after them in plan order. The metric is that of the first heatmap,
/// else psnr where the points have it, else the first metric.
/// </summary>
public sealed record SummaryRanking(string Metric)
{
    public const string PreferredMetric = "psnr";

    public static SummaryRanking? For(SweepResults results, SummaryTable table)
    {
        var metrics = table.MetricColumns.Select(MetricOf).Distinct().ToList();
        var metric = results.Sweep.Report.Heatmaps.Select(h => h.Metric).FirstOrDefault(metrics.Contains)
                     ?? metrics.FirstOrDefault(m => m == PreferredMetric) ?? metrics.FirstOrDefault();
        return metric is null ? null : new SummaryRanking(metric);
    }

    /// <summary>The metric of a summary column <c>step/input/metric</c>.</summary>
    public static string MetricOf(string column) => column[(column.LastIndexOf('/') + 1)..];

    public double? Score(SummaryRow row)
    {
        if (row.Status != RunStatus.Completed)
            return null;
        var values = row.Metrics.Where(m => MetricOf(m.Key) == Metric && double.IsFinite(m.Value)).Select(m => m.Value).ToList();
        return values.Count == 0 ? null : values.Average();
    }

    /// <summary>The rows best first; the unscored keep their order after the scored.</summary>
    public IReadOnlyList<SummaryRow> Order(IReadOnlyList<SummaryRow> rows)
    {
        var scored = rows.Where(r => Score(r) is not null);
        var ordered = MetricGoal.LowerIsBetter(Metric) ? scored.OrderBy(r => Score(r)) : scored.OrderByDescending(r => Score(r));
        return ordered.Concat(rows.Where(r => Score(r) is null)).ToList();
    }

    public string Describe() =>
        $"Sorted by mean {Metric} over each point's inputs ({(MetricGoal.LowerIsBetter(Metric) ? "lower" : "higher")} is better), best first.";
}

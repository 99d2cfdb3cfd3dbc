using Denoising.Host.Reports.Charts;
using Microsoft.Extensions.Logging;

namespace Denoising.Host.Reports;

/// <summary>
/// Writes the report of a sweep folder: summary.csv, summary.md, the heatmaps of its <c>report:</c> section (the
/// panels of one metric on one shared colour scale) and report.html, each file atomically, from whatever the points
/// have produced so far.
/// </summary>
public sealed class SweepReporter(ILogger<SweepReporter> logger)
{
    /// <returns>The paths written.</returns>
    public IReadOnlyList<string> Write(string sweepDirectory)
    {
        var results = SweepResults.Read(sweepDirectory);
        var table = SummaryTable.Build(results);
        var ranking = SummaryRanking.For(results, table);
        var written = new List<string> { Path.Combine(sweepDirectory, SummaryCsv.FileName), Path.Combine(sweepDirectory, SummaryMarkdown.FileName) };
        SummaryCsv.Write(written[0], table);
        SummaryMarkdown.Write(written[1], results.Sweep.Name, table, ranking);
        var heatmaps = new List<Heatmap>();
        foreach (var heatmap in results.Sweep.Report.Heatmaps.SelectMany(options => HeatmapBuilder.Build(options, results)))
        {
            if (heatmap.RowLabels.Count == 0 || heatmap.ColumnLabels.Count == 0)
                logger.LogWarning("Heatmap {Title}: no completed point has these metrics yet; not drawn", heatmap.Title);
            else
                heatmaps.Add(heatmap);
        }
        var ranges = SharedRanges(heatmaps);
        foreach (var heatmap in heatmaps)
        {
            var path = Path.Combine(sweepDirectory, heatmap.FileName);
            HeatmapChart.Save(path, heatmap, ranges[heatmap.Metric]);
            written.Add(path);
        }
        written.AddRange(SweepHtmlReport.Write(results, table, ranking, heatmaps));
        logger.LogInformation("Report: {Files}", string.Join(", ", written.Select(p => Path.GetRelativePath(sweepDirectory, p))));
        return written;
    }

    /// <summary>One colour scale per metric, over all its panels: the same colour means the same value side by side.</summary>
    public static IReadOnlyDictionary<string, ValueRange> SharedRanges(IEnumerable<Heatmap> heatmaps) =>
        heatmaps.GroupBy(h => h.Metric).ToDictionary(g => g.Key, g => ValueRange.Of(g.SelectMany(h => h.Values.Cast<double?>())));
}

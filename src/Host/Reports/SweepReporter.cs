using Microsoft.Extensions.Logging;

namespace Denoising.Host.Reports;

/// <summary>
/// Writes the report of a sweep folder: summary.csv, summary.md and the heatmaps of its <c>report:</c> section,
/// each file atomically, from whatever the points have produced so far.
/// </summary>
public sealed class SweepReporter(ILogger<SweepReporter> logger)
{
    /// <returns>The paths written.</returns>
    public IReadOnlyList<string> Write(string sweepDirectory)
    {
        var results = SweepResults.Read(sweepDirectory);
        var table = SummaryTable.Build(results);
        var written = new List<string> { Path.Combine(sweepDirectory, SummaryCsv.FileName), Path.Combine(sweepDirectory, SummaryMarkdown.FileName) };
        SummaryCsv.Write(written[0], table);
        SummaryMarkdown.Write(written[1], results.Sweep.Name, table);
        foreach (var heatmap in results.Sweep.Report.Heatmaps.SelectMany(options => HeatmapBuilder.Build(options, results)))
        {
            if (heatmap.RowLabels.Count == 0 || heatmap.ColumnLabels.Count == 0)
            {
                logger.LogWarning("Heatmap {Title}: no completed point has these metrics yet; not drawn", heatmap.Title);
                continue;
            }
            var path = Path.Combine(sweepDirectory, heatmap.FileName);
            HeatmapRenderer.Save(path, heatmap);
            written.Add(path);
        }
        logger.LogInformation("Report: {Files}", string.Join(", ", written.Select(Path.GetFileName)));
        return written;
    }
}

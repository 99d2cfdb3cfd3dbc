using Denoising.Host.Reports.Charts;
using Denoising.Host.Reports.Html;
using Denoising.Host.Running;
using Denoising.Host.Sweeps;

namespace Denoising.Host.Reports;

/// <summary>
/// report.html of a sweep folder, charts under report/: the table of points (sortable by any column, the best value
/// of each metric column marked, each label linking to the point's own report.html), the heatmaps, each train step's
/// curves of all points overlaid, and the failed points with their errors.
/// </summary>
public static class SweepHtmlReport
{
    public const string FileName = "report.html";
    public const string BestClass = "best";

    /// <returns>The paths written: the page and its charts.</returns>
    public static IReadOnlyList<string> Write(SweepResults results, SummaryTable table, SummaryRanking? ranking, IReadOnlyList<Heatmap> heatmaps)
    {
        var page = new HtmlPage();
        var written = new List<string>();
        page.Heading(1, $"Sweep {results.Sweep.Name}");
        page.Raw("<nav><a href=\"#points\">Points</a><a href=\"#heatmaps\">Heatmaps</a><a href=\"#curves\">Curves</a><a href=\"#errors\">Errors</a></nav>");
        page.Paragraph($"{table.Rows.Count} points: {string.Join(", ", table.Rows.GroupBy(r => r.Status).Select(g => $"{g.Count()} {g.Key}"))}.");
        AppendPoints(page, results, table, ranking);
        AppendHeatmaps(page, heatmaps);
        written.AddRange(AppendCurves(page, results));
        AppendErrors(page, table);
        var path = Path.Combine(results.Directory, FileName);
        page.Save(path, $"Sweep {results.Sweep.Name}");
        written.Insert(0, path);
        return written;
    }

    private static void AppendPoints(HtmlPage page, SweepResults results, SummaryTable table, SummaryRanking? ranking)
    {
        page.Heading(2, "Points", "points");
        page.Paragraph("Click a column header to sort by it (again to reverse). The best value of each metric column is marked"
                       + $"{(ranking is null ? "" : $"; the rows start in summary.md's order. {ranking.Describe()}")}");
        var best = table.MetricColumns.ToDictionary(column => column, column => Best(table, column));
        var html = new HtmlTable([SummaryTable.LabelColumn, SummaryTable.StatusColumn, .. table.ValueColumns, .. table.MetricColumns]);
        var directories = results.Points.Zip(table.Rows).ToDictionary(p => p.Second, p => p.First.Point.Directory);
        foreach (var row in ranking?.Order(table.Rows) ?? table.Rows)
        {
            var report = $"{directories[row].Replace(Path.DirectorySeparatorChar, '/')}/{RunReporter.FileName}";
            var label = File.Exists(Path.Combine(results.Directory, report)) ? HtmlCell.Link(row.Label, report) : HtmlCell.Text(row.Label);
            html.Add([
                label, HtmlCell.Text(row.Status),
                .. table.ValueColumns.Select(name => HtmlCell.Text(row.Values[name].Label)),
                .. table.MetricColumns.Select(column => row.Metrics.TryGetValue(column, out var value)
                    ? HtmlCell.Number(value, "G5", best[column] == value && row.Status == RunStatus.Completed ? BestClass : null)
                    : HtmlCell.Empty),
            ], row.Error is null ? null : "failed");
        }
        page.Table(html);
        page.Raw($"<p>Files: <a href=\"{SummaryCsv.FileName}\">{SummaryCsv.FileName}</a>, <a href=\"{SummaryMarkdown.FileName}\">{SummaryMarkdown.FileName}</a>.</p>");
    }

    /// <summary>The best value of a metric column over the completed points; NaN without any.</summary>
    private static double Best(SummaryTable table, string column)
    {
        var metric = SummaryRanking.MetricOf(column);
        var best = double.NaN;
        foreach (var row in table.Rows.Where(r => r.Status == RunStatus.Completed))
        {
            if (row.Metrics.TryGetValue(column, out var value) && double.IsFinite(value) && (double.IsNaN(best) || MetricGoal.Better(metric, value, best)))
                best = value;
        }
        return best;
    }

    private static void AppendHeatmaps(HtmlPage page, IReadOnlyList<Heatmap> heatmaps)
    {
        page.Heading(2, "Heatmaps", "heatmaps");
        if (heatmaps.Count == 0)
        {
            page.Paragraph("No heatmap: the sweep's report: section defines none, or no point has completed.", "note");
            return;
        }
        page.Paragraph("The panels of one metric share one colour scale: the same colour is the same value.");
        page.Raw("<div class=\"heatmaps\">");
        foreach (var heatmap in heatmaps)
            page.Image(heatmap.FileName, heatmap.Title);
        page.Raw("</div>");
    }

    /// <summary>One chart per train step and curve column, a line per point that recorded it.</summary>
    private static List<string> AppendCurves(HtmlPage page, SweepResults results)
    {
        page.Heading(2, "Curves", "curves");
        var curves = results.Points
            .Where(p => p.Status is not (PointSummary.Pending or PointSummary.Unreadable))
            .SelectMany(p => ReadCurves(results.Directory, p).Select(table => (Point: p.Point.Label, Table: table)))
            .ToList();
        if (curves.Count == 0)
        {
            page.Paragraph("No curves recorded.", "note");
            return [];
        }
        var written = new List<string>();
        Directory.CreateDirectory(Path.Combine(results.Directory, RunReporter.ChartsFolder));
        page.Raw("<div class=\"charts\">");
        foreach (var step in curves.GroupBy(c => c.Table.StepId))
        {
            var x = step.Any(c => c.Table.XColumn == CurveTable.StepColumn) ? CurveTable.StepColumn : CurveTable.EpochColumn;
            foreach (var column in step.SelectMany(c => c.Table.PlottedColumns).Distinct())
            {
                var relative = $"{RunReporter.ChartsFolder}/curves-{PointNaming.Sanitise(step.Key)}-{PointNaming.Sanitise(column)}.png";
                var series = step.Where(c => c.Table.Columns.Contains(column))
                    .Select(c => new ChartSeries(c.Point, c.Table.Column(x), c.Table.Column(column))).ToList();
                var path = Path.Combine(results.Directory, relative);
                LineChart.Save(path, $"{step.Key}: {CurveTable.Describe(column)}", x, CurveTable.Describe(column), series);
                page.Image(relative, $"{step.Key} {CurveTable.Describe(column)} of every point");
                written.Add(path);
            }
        }
        page.Raw("</div>");
        return written;
    }

    private static IReadOnlyList<CurveTable> ReadCurves(string sweepDirectory, PointSummary point)
    {
        try
        {
            return RunFolder.Read(Path.Combine(sweepDirectory, point.Point.Directory)).Curves;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    private static void AppendErrors(HtmlPage page, SummaryTable table)
    {
        page.Heading(2, "Errors", "errors");
        var failed = table.Rows.Where(r => r.Error is not null).ToList();
        if (failed.Count == 0)
        {
            page.Paragraph("No point failed.", "note");
            return;
        }
        var html = new HtmlTable([SummaryTable.LabelColumn, SummaryTable.StatusColumn, SummaryTable.ErrorColumn]);
        foreach (var row in failed)
            html.Add([HtmlCell.Text(row.Label), HtmlCell.Text(row.Status), new HtmlCell(HtmlPage.Escape(row.Error!), CssClass: "error")]);
        page.Table(html);
    }
}

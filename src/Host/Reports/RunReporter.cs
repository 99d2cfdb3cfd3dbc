using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Denoising.Host.Output;
using Denoising.Host.Reports.Charts;
using Denoising.Host.Reports.Html;
using Denoising.Host.Running;
using Denoising.Host.Sweeps;
using Microsoft.Extensions.Logging;

namespace Denoising.Host.Reports;

/// <summary>
/// Writes report.html into a run folder, with its charts under report/: the run's state, a metrics table per evaluate
/// step, loss and validation curves, the comparison grids at full size with each tile's PSNR, timings and peak memory,
/// provenance and config. Everything it shows is read back from the folder's files.
/// </summary>
public sealed class RunReporter(ILogger<RunReporter> logger)
{
    public const string FileName = "report.html";
    public const string ChartsFolder = "report";

    /// <summary>The metric written under each grid tile, when the evaluate step has it.</summary>
    public const string TileMetric = "psnr";

    /// <returns>The path of report.html.</returns>
    public string Write(string runDirectory)
    {
        var clock = Stopwatch.StartNew();
        var run = RunFolder.Read(runDirectory);
        var page = new HtmlPage();
        var name = run.Status?.Experiment ?? Path.GetFileName(run.Directory.Path);
        page.Heading(1, $"Run {name}");
        page.Raw("<nav><a href=\"#metrics\">Metrics</a><a href=\"#curves\">Curves</a><a href=\"#grids\">Grids</a>"
                 + "<a href=\"#timings\">Timings</a><a href=\"#provenance\">Provenance</a><a href=\"#config\">Config</a></nav>");
        AppendState(page, run);
        AppendMetrics(page, run);
        AppendCurves(page, run);
        AppendGrids(page, run);
        AppendTimings(page, run);
        AppendProvenance(page, run);
        page.Heading(2, "Config", "config");
        page.Raw($"<p><a href=\"config.yaml\">config.yaml</a></p>");
        page.Preformatted(run.Config ?? "(no config.yaml)");
        var path = Path.Combine(runDirectory, FileName);
        page.Save(path, $"Run {name}");
        logger.LogInformation("Report: {Path} ({Milliseconds} ms)", path, clock.ElapsedMilliseconds);
        return path;
    }

    private static void AppendState(HtmlPage page, RunFolder run)
    {
        if (run.Status is not { } status)
        {
            page.Paragraph("run.json could not be read.", "error");
            return;
        }
        var duration = status.Finished is { } finished ? $", {(finished - status.Started).TotalSeconds:F1} s" : "";
        page.Paragraph($"{status.State}: started {status.Started:yyyy-MM-dd HH:mm:ss}{duration}; peak memory {MegaBytes(status.PeakMemoryBytes)}.");
        if (status.Error is { } error)
            page.Raw($"<p class=\"error\">{HtmlPage.Escape(error)}</p>");
    }

    private static void AppendMetrics(HtmlPage page, RunFolder run)
    {
        page.Heading(2, "Metrics", "metrics");
        if (run.EvaluateSteps.Count == 0)
        {
            page.Paragraph("No evaluate step has run.", "note");
            return;
        }
        page.Raw($"<p>Files: <a href=\"{MetricsReport.MeansCsvFileName}\">{MetricsReport.MeansCsvFileName}</a>, "
                 + $"<a href=\"{MetricsReport.PerImageCsvFileName}\">{MetricsReport.PerImageCsvFileName}</a>, "
                 + $"<a href=\"{MetricsReport.JsonFileName}\">{MetricsReport.JsonFileName}</a>. Means over the images of each input.</p>");
        foreach (var step in run.EvaluateSteps)
        {
            var means = run.Metrics.Means.Where(m => m.Step == step).ToList();
            var metrics = means.Select(m => m.Metric).Distinct().ToList();
            var table = new HtmlTable(["input", .. metrics]);
            foreach (var input in means.Select(m => m.Input).Distinct())
            {
                table.Add([HtmlCell.Text(input), .. metrics.Select(metric =>
                    means.LastOrDefault(m => m.Input == input && m.Metric == metric) is { } row ? HtmlCell.Number(row.Value) : HtmlCell.Empty)]);
            }
            page.Heading(3, $"Step {step}").Table(table);
        }
    }

    private static void AppendCurves(HtmlPage page, RunFolder run)
    {
        page.Heading(2, "Curves", "curves");
        var trainSteps = run.Steps.Where(s => s.Kind == "train").Select(s => s.Id).ToList();
        if (trainSteps.Count == 0)
        {
            page.Paragraph("No train step.", "note");
            return;
        }
        foreach (var step in trainSteps)
        {
            page.Heading(3, $"Step {step}");
            var curves = run.Curves.FirstOrDefault(c => c.StepId == step);
            if (curves is null || curves.Rows.Count == 0)
            {
                page.Paragraph("No curves recorded.", "note");
                continue;
            }
            page.Raw("<div class=\"charts\">");
            foreach (var column in curves.PlottedColumns)
            {
                var relative = $"{ChartsFolder}/curves-{PointNaming.Sanitise(step)}-{PointNaming.Sanitise(column)}.png";
                Directory.CreateDirectory(Path.Combine(run.Directory.Path, ChartsFolder));
                LineChart.Save(Path.Combine(run.Directory.Path, relative), $"{step}: {CurveTable.Describe(column)}", curves.XColumn,
                    CurveTable.Describe(column), [new ChartSeries(step, curves.Column(curves.XColumn), curves.Column(column))]);
                page.Image(relative, $"{step} {CurveTable.Describe(column)} per {curves.XColumn}");
            }
            page.Raw("</div>");
        }
    }

    /// <summary>
    /// Each grid at its own size: row names beside it and each tile's value under it, in the page (the PNG holds
    /// pixels only). Each tile is the one PNG cropped by CSS, so the browser loads it once.
    /// </summary>
    private static void AppendGrids(HtmlPage page, RunFolder run)
    {
        page.Heading(2, "Comparison grids", "grids");
        var any = false;
        foreach (var step in run.EvaluateSteps.Where(s => File.Exists(run.Directory.GridFile(s))))
        {
            any = true;
            var relative = $"grids/{step}.png";
            page.Heading(3, $"Step {step}");
            if (run.GridLayout(step) is not { } layout)
            {
                page.Image(relative, $"comparison grid of {step}");
                continue;
            }
            var perImage = run.Metrics.PerImage.Where(r => r.Step == step).ToList();
            var metric = perImage.Any(r => r.Metric == TileMetric) ? TileMetric : perImage.FirstOrDefault()?.Metric;
            page.Paragraph(metric is null
                ? "Rows: image sets; columns: images (their ids in the first row)."
                : $"Rows: image sets; columns: images (their ids in the first row); under each tile its {metric}.");
            var html = new System.Text.StringBuilder("<table class=\"grid\"><tbody>\n");
            for (var r = 0; r < layout.Rows.Count; r++)
            {
                html.Append("<tr><th>").Append(HtmlPage.Escape(layout.Rows[r])).Append("</th>");
                for (var c = 0; c < layout.Ids.Count; c++)
                {
                    var value = perImage.LastOrDefault(v => v.Input == layout.Rows[r] && v.Image == layout.Ids[c] && v.Metric == metric);
                    var caption = r == 0 ? layout.Ids[c] : value is null ? "" : $"{value.Value.ToString("F2", CultureInfo.InvariantCulture)}";
                    html.Append(CultureInfo.InvariantCulture,
                        $"<td><img src=\"{HtmlPage.Url(relative)}\" alt=\"{HtmlPage.Escape($"{layout.Rows[r]} {layout.Ids[c]}")}\" "
                        + $"style=\"width:{layout.TileWidth}px;height:{layout.TileHeight}px;object-fit:none;"
                        + $"object-position:-{layout.TileLeft(c)}px -{layout.TileTop(r)}px\">"
                        + $"<div class=\"caption\">{HtmlPage.Escape(caption)}</div></td>");
                }
                html.Append("</tr>\n");
            }
            page.Raw(html.Append("</tbody></table>").ToString());
            page.Raw($"<p><a href=\"{HtmlPage.Url(relative)}\">{HtmlPage.Escape(relative)}</a> (the whole grid)</p>");
        }
        if (!any)
            page.Paragraph("No comparison grid.", "note");
    }

    private static void AppendTimings(HtmlPage page, RunFolder run)
    {
        page.Heading(2, "Timings and memory", "timings");
        var table = new HtmlTable(["step", "kind", "seconds", "seconds per epoch"]);
        foreach (var step in run.Steps)
        {
            table.Add([HtmlCell.Text(step.Id), HtmlCell.Text(step.Kind), HtmlCell.Number(step.Seconds, "F2"),
                step.SecondsPerEpoch is { } perEpoch ? HtmlCell.Number(perEpoch, "F3") : HtmlCell.Empty]);
        }
        page.Table(table);
        if (run.Status is { } status)
            page.Paragraph($"Peak memory (working set of the process): {MegaBytes(status.PeakMemoryBytes)}.");
    }

    /// <summary>run.json without its steps (shown under timings), as a two-column table; nested values flattened.</summary>
    private static void AppendProvenance(HtmlPage page, RunFolder run)
    {
        page.Heading(2, "Provenance", "provenance");
        page.Raw("<p><a href=\"run.json\">run.json</a></p>");
        if (run.StatusJson is not { } json)
            return;
        var table = new HtmlTable(["field", "value"], sortable: false);
        foreach (var (key, value) in Flatten("", json).Where(p => !p.Key.StartsWith("steps", StringComparison.Ordinal)))
            table.Add([HtmlCell.Text(key), HtmlCell.Text(value)]);
        page.Table(table);
    }

    private static IEnumerable<KeyValuePair<string, string>> Flatten(string prefix, JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj)
                {
                    foreach (var pair in Flatten(prefix.Length == 0 ? key : $"{prefix}.{key}", child))
                        yield return pair;
                }
                break;
            case JsonArray array when array.All(item => item is JsonValue or null):
                yield return new(prefix, string.Join(", ", array.Select(item => item?.ToString() ?? "null")));
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    foreach (var pair in Flatten($"{prefix}[{i}]", array[i]))
                        yield return pair;
                }
                break;
            default:
                yield return new(prefix, node?.ToString() ?? "null");
                break;
        }
    }

    private static string MegaBytes(long bytes) => $"{(bytes / (1024.0 * 1024)).ToString("F0", CultureInfo.InvariantCulture)} MB";
}

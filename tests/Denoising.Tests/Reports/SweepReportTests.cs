using System.Globalization;
using Denoising.Host.Reports;
using Denoising.Host.Running;
using Denoising.Host.Sweeps;
using Denoising.Tests.Output;
using Denoising.Tests.Sweeps;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Denoising.Tests.Reports;

public sealed class SweepReportTests(FinishedSweep sweep) : IClassFixture<FinishedSweep>
{
    [Fact]
    public void Failing_points_are_recorded_and_the_other_points_still_run()
    {
        var outcome = sweep.Outcome;

        Assert.Equal(6, outcome.Results.Count);
        Assert.Equal(2, outcome.Failed);
        foreach (var result in outcome.Results)
        {
            var failing = result.Point.Label.Contains("image-folder", StringComparison.Ordinal);
            var status = SweepRuns.Status(outcome, result);
            Assert.Equal(failing ? PointOutcome.Failed : PointOutcome.Completed, result.Outcome);
            Assert.Equal(failing ? RunStatus.Failed : RunStatus.Completed, status.State);
            if (failing)
            {
                Assert.Contains("no-such-folder", result.Error);
                Assert.Equal(status.Error, result.Error);
            }
        }
    }

    [Fact]
    public void Summary_csv_has_a_row_per_point_with_its_values_and_exactly_its_metrics_csv()
    {
        var summary = CsvTestReader.Read(Path.Combine(sweep.Directory, SummaryCsv.FileName));
        var header = summary[0];
        Assert.Equal(["label", "status", "data", "noise"], header.Take(4));
        Assert.Equal("error", header[^1]);
        Assert.Equal(7, summary.Count);
        Assert.All(summary, r => Assert.Equal(header.Length, r.Length));

        foreach (var result in sweep.Outcome.Results)
        {
            var row = summary.Single(r => r[0] == result.Point.Label);
            Assert.Equal(result.Outcome == PointOutcome.Failed ? "failed" : "completed", row[1]);
            Assert.Equal(result.Point.Assignments.Select(a => a.Text), row.Skip(2).Take(2));
            var metricsFile = Path.Combine(SweepRuns.PointDirectory(sweep.Outcome, result.Point), "metrics.csv");
            var metrics = File.Exists(metricsFile) ? CsvTestReader.Read(metricsFile).Skip(1).ToList() : [];
            Assert.Equal(result.Outcome == PointOutcome.Failed ? 0 : 6, metrics.Count); // 2 inputs x mse, psnr, ssim
            foreach (var metric in metrics)
                Assert.Equal(metric[3], row[Array.IndexOf(header, $"{metric[0]}/{metric[1]}/{metric[2]}")]);
            var filled = header.Select((name, i) => (name, value: row[i])).Where(c => c.name.Contains('/') && c.value.Length > 0);
            Assert.Equal(metrics.Count, filled.Count());
            Assert.Equal(result.Error ?? "", row[^1]);
        }
    }

    [Fact]
    public void Summary_markdown_lists_every_point_and_the_errors()
    {
        var text = File.ReadAllText(Path.Combine(sweep.Directory, SummaryMarkdown.FileName));

        Assert.Contains("6 points: ", text);
        Assert.Contains("2 failed", text);
        Assert.All(sweep.Outcome.Results, r => Assert.Contains($"| {r.Point.Label} |", text));
        Assert.Contains("## Errors", text);
    }

    [Fact]
    public void Heatmap_cells_are_the_mean_metric_of_the_completed_points_sharing_them()
    {
        var results = SweepResults.Read(sweep.Directory);
        var options = results.Sweep.Report.Heatmaps[0];

        var heatmap = Assert.Single(HeatmapBuilder.Build(options, results));

        Assert.Equal(["gaussian-0.05", "gaussian-0.3"], heatmap.RowLabels);
        Assert.Equal(["noisy", "salty"], heatmap.ColumnLabels);
        for (var r = 0; r < 2; r++)
        {
            for (var c = 0; c < 2; c++)
            {
                var expected = sweep.Outcome.Results
                    .Where(x => x.Outcome == PointOutcome.Completed && x.Point.Assignments[1].Label == heatmap.RowLabels[r])
                    .Select(x => MetricFromCsv(x.Point, "eval", heatmap.ColumnLabels[c], "psnr"))
                    .Average();
                Assert.Equal(expected, heatmap.Values[r, c]!.Value, 1e-9);
            }
        }
    }

    [Fact]
    public void Split_heatmaps_follow_the_input_patterns_and_leave_out_values_without_completed_points()
    {
        var results = SweepResults.Read(sweep.Directory);

        var heatmaps = HeatmapBuilder.Build(results.Sweep.Report.Heatmaps[1], results);

        Assert.Equal(["heatmap-ssim-data=synthetic-8-8-8-1.png", "heatmap-ssim-data=synthetic-8-8-8-2.png"], heatmaps.Select(h => h.FileName));
        Assert.All(heatmaps, h => Assert.Equal(["salty", "noisy"], h.ColumnLabels));
        Assert.All(heatmaps, h => Assert.StartsWith("ssim data=synthetic", h.Title, StringComparison.Ordinal));
    }

    [Fact]
    public void Heatmap_pngs_are_written_for_the_values_with_completed_points()
    {
        var results = SweepResults.Read(sweep.Directory);
        var heatmap = HeatmapBuilder.Build(results.Sweep.Report.Heatmaps[0], results).Single();

        using var image = Image.Load<Rgb24>(Path.Combine(sweep.Directory, heatmap.FileName));

        Assert.True(image.Width > 300 && image.Height > 200, $"{image.Width}x{image.Height}");
        Assert.True(File.Exists(Path.Combine(sweep.Directory, "heatmap-ssim-data=synthetic-8-8-8-2.png")));
        Assert.False(File.Exists(Path.Combine(sweep.Directory, "heatmap-ssim-data=image-folder-no-such-folder.png")));
    }

    [Fact]
    public void Summary_markdown_ranks_the_completed_points_by_mean_psnr_best_first_and_marks_the_best()
    {
        var lines = File.ReadAllLines(Path.Combine(sweep.Directory, SummaryMarkdown.FileName));
        var header = lines.First(l => l.StartsWith("| rank |", StringComparison.Ordinal)).Split('|').Select(c => c.Trim()).ToList();
        var rows = lines.SkipWhile(l => !l.StartsWith("| rank |", StringComparison.Ordinal)).Skip(2).TakeWhile(l => l.StartsWith('|'))
            .Select(l => l.Split('|').Select(c => c.Trim()).ToList()).ToList();
        double MeanPsnr(List<string> row) => header.Select((name, i) => (name, i)).Where(c => c.name.EndsWith("/psnr", StringComparison.Ordinal))
            .Average(c => double.Parse(row[c.i], CultureInfo.InvariantCulture));

        Assert.Contains(lines, l => l.Contains("Sorted by mean psnr", StringComparison.Ordinal));
        Assert.Equal(["1 (best)", "2", "3", "4", "", ""], rows.Select(r => r[1]));
        Assert.Equal(["completed", "completed", "completed", "completed", "failed", "failed"], rows.Select(r => r[3]));
        var means = rows.Take(4).Select(MeanPsnr).ToList();
        Assert.Equal(means.OrderDescending(), means);
    }

    [Fact]
    public void Report_html_has_a_sortable_row_per_point_the_heatmaps_and_the_errors()
    {
        var html = File.ReadAllText(Path.Combine(sweep.Directory, SweepHtmlReport.FileName));

        Assert.Contains("<table class=\"sortable\">", html);
        Assert.All(sweep.Outcome.Results, r => Assert.Contains(System.Net.WebUtility.HtmlEncode(r.Point.Label), html));
        Assert.Contains("src=\"heatmap-psnr.png\"", html);
        Assert.Contains("no-such-folder", html);
        Assert.Contains("class=\"number best\"", html);
        // Each completed point ran `denoise run`, which wrote its own report: the label links to it.
        var completed = sweep.Outcome.Results.First(r => r.Outcome == PointOutcome.Completed);
        Assert.True(File.Exists(Path.Combine(SweepRuns.PointDirectory(sweep.Outcome, completed.Point), RunReporter.FileName)));
        Assert.Contains($"href=\"points/{Uri.EscapeDataString(completed.Point.DirectoryName)}/report.html\"", html);
    }

    private double MetricFromCsv(SweepPoint point, string step, string input, string metric)
    {
        var rows = CsvTestReader.Read(Path.Combine(SweepRuns.PointDirectory(sweep.Outcome, point), "metrics.csv"));
        return double.Parse(rows.Single(r => r[0] == step && r[1] == input && r[2] == metric)[3], CultureInfo.InvariantCulture);
    }
}

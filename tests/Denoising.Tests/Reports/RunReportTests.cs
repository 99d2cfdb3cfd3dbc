using System.Globalization;
using System.Net;
using Denoising.Host.Output;
using Denoising.Host.Reports;
using Microsoft.Extensions.DependencyInjection;

namespace Denoising.Tests.Reports;

public sealed class RunReportTests(TrainedRun run) : IClassFixture<TrainedRun>
{
    private string Write() => run.Services.GetRequiredService<RunReporter>().Write(run.Directory.Path);

    [Fact]
    public void Report_shows_each_mean_metric_the_grid_rows_with_tile_psnr_timings_and_the_config()
    {
        var html = File.ReadAllText(Write());
        var metrics = MetricsJson.Read(Path.Combine(run.Directory.Path, MetricsReport.JsonFileName));

        foreach (var mean in metrics.Means)
            Assert.Contains($"data-sort=\"{mean.Value.ToString("R", CultureInfo.InvariantCulture)}\"", html);
        var layout = JsonFiles.Read<ComparisonGridLayout>(run.Directory.GridLayoutFile("scores"));
        Assert.Equal(["clean", "noisy", "denoised"], layout.Rows);
        Assert.All(layout.Rows, row => Assert.Contains($"<th>{row}</th>", html));
        var tile = metrics.PerImage.First(r => r.Input == "denoised" && r.Image == layout.Ids[0] && r.Metric == "psnr");
        Assert.Contains($"<div class=\"caption\">{tile.Value.ToString("F2", CultureInfo.InvariantCulture)}</div>", html);
        Assert.Contains("object-position:-", html);
        Assert.Contains(WebUtility.HtmlEncode(File.ReadAllText(run.Directory.ConfigFile)), html);
        Assert.Contains("<td>model</td><td>train</td>", html);
        Assert.Contains("Peak memory", html);
        Assert.Contains("provenance.torch_sharp_version", html);
    }

    [Fact]
    public void Curves_are_drawn_from_the_curves_csv_and_missing_ones_are_said_so()
    {
        var curves = run.Directory.CurvesFile("model");
        if (File.Exists(curves))
            File.Delete(curves);
        Assert.Contains("No curves recorded.", File.ReadAllText(Write()));

        Directory.CreateDirectory(Path.GetDirectoryName(curves)!);
        File.WriteAllText(curves, "epoch,step,seconds,loss,learning_rate,validation_psnr\n1,3,0.5,0.04,0.003,18.5\n2,6,1.0,0.02,0.003,21.25\n");
        var html = File.ReadAllText(Write());

        Assert.DoesNotContain("No curves recorded.", html);
        foreach (var chart in new[] { "report/curves-model-loss.png", "report/curves-model-validation_psnr.png" })
        {
            Assert.Contains($"src=\"{chart}\"", html);
            Assert.True(new FileInfo(Path.Combine(run.Directory.Path, chart)).Length > 1000, chart);
        }
    }
}

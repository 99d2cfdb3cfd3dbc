using Denoising.Host.Reports;
using Denoising.Host.Reports.Charts;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Denoising.Tests.Reports;

public sealed class HeatmapChartTests
{
    private static Heatmap Sample(string metric, double?[,] values, string file = "h.png") => new(
        file, $"{metric} arch=dense-ae", metric, "train", "input",
        ["gaussian-0.1", "salt-and-pepper-0.2"], ["denoised-g01", "denoised-g03", "denoised-sp02"], values, 2);

    [Fact]
    public void Panels_of_one_metric_share_one_range_and_other_metrics_keep_theirs()
    {
        var dense = Sample("psnr", new double?[,] { { 30.0, 25.0, null }, { 20.0, 22.5, 27.5 } });
        var conv = Sample("psnr", new double?[,] { { 31.0, 26.0, 24.0 }, { 21.0, double.NaN, 28.0 } });
        var ssim = Sample("ssim", new double?[,] { { 0.9, 0.8, 0.7 }, { 0.6, 0.5, 0.4 } });

        var ranges = SweepReporter.SharedRanges([dense, conv, ssim]);

        Assert.Equal(new ValueRange(20.0, 31.0), ranges["psnr"]);
        Assert.Equal(new ValueRange(0.4, 0.9), ranges["ssim"]);
    }

    [Fact]
    public void The_chart_colours_cells_on_the_given_range_with_a_colour_bar_and_the_labels_as_ticks()
    {
        var heatmap = Sample("psnr", new double?[,] { { 30.0, 25.0, null }, { 20.0, 22.5, 27.5 } });

        using var plot = HeatmapChart.Build(heatmap, new ValueRange(10, 40));

        var cells = Assert.Single(plot.GetPlottables<ScottPlot.Plottables.Heatmap>());
        Assert.Equal(new ScottPlot.Range(10, 40), cells.ManualRange);
        Assert.True(double.IsNaN(cells.Intensities[0, 2])); // no value: the gray NaN colour
        Assert.Single(plot.Axes.GetPanels().OfType<ScottPlot.Panels.ColorBar>());
        var texts = plot.GetPlottables<ScottPlot.Plottables.Text>().Select(t => t.LabelText).ToList();
        Assert.Equal(["30.00", "25.00", "-", "20.00", "22.50", "27.50"], texts);
        plot.GetImageBytes(600, 400, ScottPlot.ImageFormat.Png); // ticks are laid out when drawn
        var ticks = plot.Axes.Bottom.TickGenerator.Ticks.Select(t => t.Label);
        Assert.Equal(heatmap.ColumnLabels, ticks);
    }

    [Fact]
    public void Saved_png_has_text_and_the_colour_bar_in_the_embedded_font()
    {
        using var temp = new TempDirectory();
        var path = temp.PathOf("heatmap.png");
        var heatmap = Sample("psnr", new double?[,] { { 30.0, 25.0, 21.0 }, { 20.0, 22.5, 27.5 } });

        HeatmapChart.Save(path, heatmap, heatmap.FiniteRange());

        using var image = Image.Load<Rgb24>(path);
        Assert.True(image.Width > 400 && image.Height > 200, $"{image.Width}x{image.Height}");
        var dark = 0;
        for (var y = 0; y < image.Height; y++)
            for (var x = 0; x < image.Width / 8; x++) // the row labels' strip, left of the cells: text only
                dark += image[x, y].R < 100 ? 1 : 0;
        Assert.True(dark > 50, $"{dark} dark pixels where the axis label and row labels are written");
        Assert.Single(Directory.GetFiles(temp.Path)); // no temporary file left
    }
}

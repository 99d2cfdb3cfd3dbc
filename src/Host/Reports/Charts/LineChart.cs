using ScottPlot;

namespace Denoising.Host.Reports.Charts;

/// <summary>One line of a <see cref="LineChart"/>: y over x (epochs), named in the legend when there are several.</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<double> X, IReadOnlyList<double> Y);

/// <summary>Curves (loss or a validation metric per epoch) drawn as a PNG with ScottPlot, one colour per series.</summary>
public static class LineChart
{
    public const int Width = 640;
    public const int Height = 400;

    /// <summary>With a legend (several series) beside the plot.</summary>
    public const int WidthWithLegend = 1000;

    public static void Save(string path, string title, string xLabel, string yLabel, IReadOnlyList<ChartSeries> series)
    {
        using var plot = Build(title, xLabel, yLabel, series);
        AtomicFile.Write(path, stream => stream.Write(plot.GetImageBytes(series.Count > 1 ? WidthWithLegend : Width, Height, ImageFormat.Png)));
    }

    public static Plot Build(string title, string xLabel, string yLabel, IReadOnlyList<ChartSeries> series)
    {
        ChartFont.Register();
        var plot = new Plot();
        foreach (var line in series)
        {
            var points = line.X.Zip(line.Y).Where(p => double.IsFinite(p.First) && double.IsFinite(p.Second)).ToList();
            var scatter = plot.Add.Scatter(points.Select(p => p.First).ToArray(), points.Select(p => p.Second).ToArray());
            scatter.LegendText = series.Count > 1 ? line.Name : "";
            scatter.MarkerSize = points.Count > 30 ? 0 : 4;
            scatter.LineWidth = 2;
        }
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true }; // epochs
        plot.Title(title, 15);
        plot.XLabel(xLabel, 14);
        plot.YLabel(yLabel, 14);
        if (series.Count > 1)
        {
            plot.ShowLegend(Edge.Right);
            plot.Legend.FontSize = 12;
        }
        return plot;
    }
}

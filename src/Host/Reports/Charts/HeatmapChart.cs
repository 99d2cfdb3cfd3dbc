using ScottPlot;

namespace Denoising.Host.Reports.Charts;

/// <summary>
/// Draws a <see cref="Heatmap"/> as a PNG with ScottPlot: viridis cells on a given value range (so that panels of one
/// metric share it), each cell's value written in it, row and column labels as axis ticks, and a colour bar.
/// Cells without a finite value are light gray.
/// </summary>
public static class HeatmapChart
{
    private const int CellHeight = 56;
    private const int CharacterWidth = 8;

    public static void Save(string path, Heatmap heatmap, ValueRange range)
    {
        using var plot = Build(heatmap, range);
        var rows = heatmap.RowLabels.Count;
        var columns = heatmap.ColumnLabels.Count;
        var cellWidth = Math.Max(110, CharacterWidth * heatmap.ColumnLabels.Max(l => l.Length) + 24);
        var rowLabelWidth = CharacterWidth * heatmap.RowLabels.Max(l => l.Length) + 70;
        var width = Math.Max(rowLabelWidth + columns * cellWidth + 170, CharacterWidth * heatmap.Title.Length + 60);
        AtomicFile.Write(path, stream =>
        {
            var bytes = plot.GetImageBytes(width, rows * CellHeight + 170, ImageFormat.Png);
            stream.Write(bytes);
        });
    }

    public static Plot Build(Heatmap heatmap, ValueRange range)
    {
        ChartFont.Register();
        var rows = heatmap.RowLabels.Count;
        var columns = heatmap.ColumnLabels.Count;
        var values = new double[rows, columns];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
                values[r, c] = heatmap.Values[r, c] is { } v && double.IsFinite(v) ? v : double.NaN;
        }
        var plot = new Plot();
        var cells = plot.Add.Heatmap(values);
        cells.Colormap = new ScottPlot.Colormaps.Viridis();
        cells.ManualRange = range.IsEmpty ? null : new ScottPlot.Range(range.Min, range.Max);
        cells.NaNCellColor = Colors.LightGray;
        cells.Rectangle = new CoordinateRect(0, columns, 0, rows);
        var bar = plot.Add.ColorBar(cells);
        bar.Label = heatmap.Metric;
        bar.LabelStyle.FontSize = 14;
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                var value = values[r, c];
                var text = plot.Add.Text(heatmap.Format(heatmap.Values[r, c]), c + 0.5, rows - r - 0.5);
                text.LabelAlignment = Alignment.MiddleCenter;
                text.LabelFontSize = 14;
                text.LabelFontColor = double.IsNaN(value) || IsLight(cells.Colormap.GetColor(value, cells.ManualRange ?? new ScottPlot.Range(value - 1, value + 1)))
                    ? Colors.Black
                    : Colors.White;
            }
        }
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            Enumerable.Range(0, columns).Select(c => c + 0.5).ToArray(), heatmap.ColumnLabels.ToArray());
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            Enumerable.Range(0, rows).Select(r => rows - r - 0.5).ToArray(), heatmap.RowLabels.ToArray());
        plot.Axes.Bottom.TickLabelStyle.FontSize = 13;
        plot.Axes.Left.TickLabelStyle.FontSize = 13;
        plot.Axes.SetLimits(0, columns, 0, rows);
        plot.Title(heatmap.Title, 15);
        plot.XLabel(heatmap.ColumnAxis, 14);
        plot.YLabel(heatmap.RowAxis, 14);
        plot.HideGrid();
        return plot;
    }

    /// <summary>Whether black text reads better than white on this colour (perceived brightness, ITU-R BT.601).</summary>
    public static bool IsLight(Color color) => 0.299 * color.R + 0.587 * color.G + 0.114 * color.B > 140;
}

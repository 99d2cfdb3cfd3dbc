using System.Globalization;
using Denoising.Host.Output;

namespace Denoising.Host.Reports;

/// <summary>
/// Where everything of a heatmap goes, in pixels. Top to bottom: title and subtitle, column labels, the cells
/// (row labels on their left), the colour bar with its minimum and maximum. A cell is wide enough for its column
/// label and every value; text is <see cref="PixelFont"/> at <see cref="FontScale"/> screen pixels per font pixel.
/// </summary>
public sealed record HeatmapLayout(int Width, int Height, int GridLeft, int GridTop, int CellWidth, int CellHeight, int LegendTop, int LegendWidth)
{
    public const int FontScale = 2;
    public const int Pad = 6;
    public const int Margin = 10;

    public static int TextHeight => PixelText.Height(FontScale);

    public static HeatmapLayout For(Heatmap heatmap)
    {
        int Text(string s) => PixelText.Width(s, FontScale);
        var values = Enumerable.Range(0, heatmap.RowLabels.Count)
            .SelectMany(r => Enumerable.Range(0, heatmap.ColumnLabels.Count).Select(c => FormatCell(heatmap, heatmap.Values[r, c])));
        var cellWidth = heatmap.ColumnLabels.Concat(values).Append("000").Max(Text) + 2 * Pad;
        var cellHeight = TextHeight + 3 * Pad;
        var rowLabelWidth = heatmap.RowLabels.Append("").Max(Text) + Pad;
        var gridLeft = Margin + rowLabelWidth;
        var gridTop = Margin + 2 * (TextHeight + Pad) + TextHeight + Pad;
        var gridRight = gridLeft + heatmap.ColumnLabels.Count * cellWidth;
        var legendTop = gridTop + heatmap.RowLabels.Count * cellHeight + Pad;
        var (min, max) = heatmap.FiniteRange();
        var legendWidth = Math.Max(gridRight - gridLeft - 1, Text(FormatCell(heatmap, min)) + Text(FormatCell(heatmap, max)) + 2 * Pad);
        var width = new[] { gridLeft + legendWidth, gridRight, Margin + Text(heatmap.Title), Margin + Text(heatmap.Subtitle) }.Max() + Margin;
        var height = legendTop + TextHeight + Pad / 2 + TextHeight + Margin;
        return new HeatmapLayout(width, height, gridLeft, gridTop, cellWidth, cellHeight, legendTop, legendWidth);
    }

    public int CellLeft(int column) => GridLeft + column * CellWidth;

    public int CellTop(int row) => GridTop + row * CellHeight;

    public static string FormatCell(Heatmap heatmap, double? value) => value switch
    {
        null => "-",
        { } v when double.IsNaN(v) => "nan",
        { } v when double.IsInfinity(v) => v > 0 ? "inf" : "-inf",
        { } v => v.ToString("F" + heatmap.Decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
    };
}

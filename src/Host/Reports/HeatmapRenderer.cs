using Denoising.Host.Output;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Denoising.Host.Reports;

/// <summary>
/// Draws a <see cref="Heatmap"/> as laid out by <see cref="HeatmapLayout"/>: cells coloured on <see cref="ColorScale"/>
/// from the smallest finite value (0) to the largest (1), each with its value written in it; cells without a
/// finite value are light gray. A one-pixel white line separates the cells.
/// </summary>
public static class HeatmapRenderer
{
    public static readonly Rgb24 Background = new(255, 255, 255);
    public static readonly Rgb24 Ink = new(0, 0, 0);
    public static readonly Rgb24 Missing = new(225, 225, 225);
    private static readonly Rgb24 Subdued = new(90, 90, 90);

    public static void Save(string path, Heatmap heatmap)
    {
        using var image = Render(heatmap);
        AtomicFile.Write(path, stream => image.SaveAsPng(stream));
    }

    public static Image<Rgb24> Render(Heatmap heatmap)
    {
        var layout = HeatmapLayout.For(heatmap);
        var canvas = new Image<Rgb24>(layout.Width, layout.Height, Background);
        const int scale = HeatmapLayout.FontScale;
        var text = HeatmapLayout.TextHeight;
        PixelText.Draw(canvas, heatmap.Title, HeatmapLayout.Margin, HeatmapLayout.Margin, scale, Ink);
        PixelText.Draw(canvas, heatmap.Subtitle, HeatmapLayout.Margin, HeatmapLayout.Margin + text + HeatmapLayout.Pad, scale, Subdued);
        var (min, max) = heatmap.FiniteRange();
        for (var c = 0; c < heatmap.ColumnLabels.Count; c++)
            DrawCentred(canvas, heatmap.ColumnLabels[c], layout.CellLeft(c), layout.CellWidth, layout.GridTop - text - HeatmapLayout.Pad, Ink);
        for (var r = 0; r < heatmap.RowLabels.Count; r++)
        {
            var top = layout.CellTop(r);
            PixelText.Draw(canvas, heatmap.RowLabels[r], HeatmapLayout.Margin, top + (layout.CellHeight - text) / 2, scale, Ink);
            for (var c = 0; c < heatmap.ColumnLabels.Count; c++)
            {
                var value = heatmap.Values[r, c];
                var fill = value is { } v && double.IsFinite(v) ? ColorScale.At(Position(v, min, max)) : Missing;
                Fill(canvas, layout.CellLeft(c), top, layout.CellWidth - 1, layout.CellHeight - 1, fill);
                DrawCentred(canvas, HeatmapLayout.FormatCell(heatmap, value), layout.CellLeft(c), layout.CellWidth,
                    top + (layout.CellHeight - text) / 2, ColorScale.IsLight(fill) ? Ink : Background);
            }
        }
        DrawLegend(canvas, layout, heatmap, min, max);
        return canvas;
    }

    private static void DrawLegend(Image<Rgb24> canvas, HeatmapLayout layout, Heatmap heatmap, double min, double max)
    {
        var width = layout.LegendWidth;
        for (var x = 0; x < width; x++)
            Fill(canvas, layout.GridLeft + x, layout.LegendTop, 1, HeatmapLayout.TextHeight, ColorScale.At(width == 1 ? 0 : x / (double)(width - 1)));
        if (double.IsInfinity(min))
            return;
        var labelTop = layout.LegendTop + HeatmapLayout.TextHeight + HeatmapLayout.Pad / 2;
        var minText = HeatmapLayout.FormatCell(heatmap, min);
        var maxText = HeatmapLayout.FormatCell(heatmap, max);
        PixelText.Draw(canvas, minText, layout.GridLeft, labelTop, HeatmapLayout.FontScale, Subdued);
        PixelText.Draw(canvas, maxText, layout.GridLeft + width - PixelText.Width(maxText, HeatmapLayout.FontScale), labelTop, HeatmapLayout.FontScale, Subdued);
    }

    private static double Position(double value, double min, double max) => max > min ? (value - min) / (max - min) : 0.5;

    private static void DrawCentred(Image<Rgb24> canvas, string text, int left, int width, int top, Rgb24 ink) =>
        PixelText.Draw(canvas, text, left + (width - PixelText.Width(text, HeatmapLayout.FontScale)) / 2, top, HeatmapLayout.FontScale, ink);

    private static void Fill(Image<Rgb24> canvas, int left, int top, int width, int height, Rgb24 color)
    {
        for (var y = top; y < top + height; y++)
        {
            for (var x = left; x < left + width; x++)
                canvas[x, y] = color;
        }
    }
}

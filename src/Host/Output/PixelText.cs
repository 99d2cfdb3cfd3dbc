using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Denoising.Host.Output;

/// <summary>
/// Draws <see cref="PixelFont"/> text, each font pixel a square of <c>scale</c> screen pixels, clipped to the canvas:
/// the one text drawing of grid labels and report heatmaps.
/// </summary>
public static class PixelText
{
    public static int Width(string text, int scale) => PixelFont.Width(text) * scale;

    public static int Height(int scale) => PixelFont.GlyphHeight * scale;

    public static void Draw(Image<Rgb24> canvas, string text, int left, int top, int scale, Rgb24 ink)
    {
        for (var y = Math.Max(0, top); y < Math.Min(canvas.Height, top + Height(scale)); y++)
        {
            for (var x = Math.Max(0, left); x < Math.Min(canvas.Width, left + Width(text, scale)); x++)
            {
                if (PixelFont.IsInk(text, (x - left) / scale, (y - top) / scale))
                    canvas[x, y] = ink;
            }
        }
    }
}

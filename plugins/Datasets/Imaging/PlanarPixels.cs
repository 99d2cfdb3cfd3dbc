using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using Image = Denoising.Abstractions.Image;

namespace Denoising.Plugins.Datasets.Imaging;

/// <summary>Converts decoded 8-bit pixels into the framework's planar [0, 1] floats.</summary>
public static class PlanarPixels
{
    private const float RgbSumMax = 3 * 255f;
    private const float ByteMax = 255f;

    /// <summary>
    /// An <see cref="Image"/> of <paramref name="source"/>: for <see cref="ColorModes.Gray"/> each pixel is
    /// (R + G + B) / (3 * 255); for <see cref="ColorModes.Rgb"/> the planes R, G, B are each divided by 255.
    /// </summary>
    public static Image FromRgb24(string id, Image<Rgb24> source, string colorMode)
    {
        var pixels = new Rgb24[source.Width * source.Height];
        source.CopyPixelDataTo(pixels);
        return FromRgb24(id, pixels, source.Height, source.Width, colorMode);
    }

    /// <summary>The same from row-major pixels of <paramref name="height"/> x <paramref name="width"/>.</summary>
    public static Image FromRgb24(string id, ReadOnlySpan<Rgb24> source, int height, int width, string colorMode)
    {
        var gray = colorMode == ColorModes.Gray;
        var plane = height * width;
        var pixels = new float[(gray ? 1 : 3) * plane];
        for (var i = 0; i < plane; i++)
        {
            var p = source[i];
            if (gray)
            {
                pixels[i] = (p.R + p.G + p.B) / RgbSumMax;
            }
            else
            {
                pixels[i] = p.R / ByteMax;
                pixels[plane + i] = p.G / ByteMax;
                pixels[2 * plane + i] = p.B / ByteMax;
            }
        }
        return new Image(id, gray ? 1 : 3, height, width, pixels);
    }
}

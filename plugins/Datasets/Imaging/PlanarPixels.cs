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
        var height = source.Height;
        var width = source.Width;
        var gray = colorMode == ColorModes.Gray;
        var plane = height * width;
        var pixels = new float[(gray ? 1 : 3) * plane];
        source.ProcessPixelRows(accessor =>
        {
            for (var y = 0; y < height; y++)
            {
                var row = accessor.GetRowSpan(y);
                var offset = y * width;
                for (var x = 0; x < width; x++)
                {
                    var p = row[x];
                    if (gray)
                    {
                        pixels[offset + x] = (p.R + p.G + p.B) / RgbSumMax;
                    }
                    else
                    {
                        pixels[offset + x] = p.R / ByteMax;
                        pixels[plane + offset + x] = p.G / ByteMax;
                        pixels[2 * plane + offset + x] = p.B / ByteMax;
                    }
                }
            }
        });
        return new Image(id, gray ? 1 : 3, height, width, pixels);
    }
}

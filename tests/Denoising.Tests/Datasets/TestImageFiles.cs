using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.PixelFormats;

namespace Denoising.Tests.Datasets;

/// <summary>Writes small images with ImageSharp for the tests.</summary>
internal static class TestImageFiles
{
    /// <summary>A <paramref name="width"/> x <paramref name="height"/> image of one colour, format from the extension.</summary>
    public static string Solid(string path, int width, int height, Rgb24 colour)
    {
        using var image = new Image<Rgb24>(width, height, colour);
        image.Save(path);
        return path;
    }

    /// <summary>Black, with the rectangle <paramref name="white"/> white; saved as a near-lossless JPEG.</summary>
    public static string BlackWithWhiteRectangle(string path, int width, int height, Rectangle white)
    {
        using var image = new Image<Rgb24>(width, height, new Rgb24(0, 0, 0));
        for (var y = white.Top; y < white.Bottom; y++)
            for (var x = white.Left; x < white.Right; x++)
                image[x, y] = new Rgb24(255, 255, 255);
        image.SaveAsJpeg(path, new JpegEncoder { Quality = 100, ColorType = JpegColorType.Luminance });
        return path;
    }

    /// <summary>A BMP header announcing <paramref name="width"/> x <paramref name="height"/> pixels, with no pixel data.</summary>
    public static string BmpHeaderOnly(string path, int width, int height)
    {
        var header = new byte[54];
        "BM"u8.CopyTo(header);
        BitConverter.TryWriteBytes(header.AsSpan(2), header.Length); // file size
        BitConverter.TryWriteBytes(header.AsSpan(10), 54); // pixel data offset
        BitConverter.TryWriteBytes(header.AsSpan(14), 40); // BITMAPINFOHEADER size
        BitConverter.TryWriteBytes(header.AsSpan(18), width);
        BitConverter.TryWriteBytes(header.AsSpan(22), height);
        BitConverter.TryWriteBytes(header.AsSpan(26), (short)1); // planes
        BitConverter.TryWriteBytes(header.AsSpan(28), (short)24); // bits per pixel
        File.WriteAllBytes(path, header);
        return path;
    }
}

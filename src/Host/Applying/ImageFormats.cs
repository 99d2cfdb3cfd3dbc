using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Bmp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Metadata;

namespace Denoising.Host.Applying;

/// <summary>What an image file holds (grey or colour) and the encoder that writes an image back in the same form.</summary>
public static class ImageFormats
{
    /// <summary>Channels the file's pixels have for a denoiser: 1 for grey (with or without alpha), else 3.</summary>
    public static int ChannelsOf(IImageFormat format, ImageMetadata metadata) => format switch
    {
        PngFormat when metadata.GetPngMetadata().ColorType is PngColorType.Grayscale or PngColorType.GrayscaleWithAlpha => 1,
        JpegFormat when metadata.GetJpegMetadata().ColorType is JpegColorType.Luminance => 1,
        _ => 3,
    };

    /// <summary>An encoder for the same format, bit depth and colour type as the file read.</summary>
    public static IImageEncoder EncoderFor(IImageFormat format, ImageMetadata metadata, int jpegQuality) => format switch
    {
        PngFormat => new PngEncoder
        {
            BitDepth = metadata.GetPngMetadata().BitDepth,
            ColorType = metadata.GetPngMetadata().ColorType,
            InterlaceMethod = metadata.GetPngMetadata().InterlaceMethod,
        },
        JpegFormat => new JpegEncoder { Quality = jpegQuality, ColorType = metadata.GetJpegMetadata().ColorType },
        BmpFormat => new BmpEncoder { BitsPerPixel = metadata.GetBmpMetadata().BitsPerPixel },
        _ => throw new NotSupportedException($"writing {format.Name} images is not supported"),
    };
}

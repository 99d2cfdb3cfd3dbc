using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Bmp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Memory;
using SixLabors.ImageSharp.PixelFormats;

namespace Denoising.Common;

/// <summary>
/// Decodes untrusted PNG, JPEG and BMP files (dataset images, and the photos <c>denoise apply</c> reads) within <see cref="ImageDecodingLimits"/>: the file size and the
/// header's dimensions are checked before the full decode, only those three decoders are enabled, and any
/// decoder failure becomes an <see cref="ImageDecodingException"/> naming the file. Thread-safe.
/// </summary>
internal sealed class SafeImageDecoder
{
    private const string ExpectedFormats = "expected a PNG, JPEG or BMP image";

    // ImageSharp 2.1 has no hard allocation limit; the header check bounds the pixel buffer, this bounds the pool.
    private const int MemoryPoolMegabytes = 64;

    private readonly Configuration _configuration;

    public SafeImageDecoder(ImageDecodingLimits limits)
    {
        Limits = limits;
        _configuration = new Configuration(
            new PngConfigurationModule(), new JpegConfigurationModule(), new BmpConfigurationModule())
        {
            // Callers parallelise across files; one thread per decode avoids oversubscription.
            MaxDegreeOfParallelism = 1,
            MemoryAllocator = MemoryAllocator.Create(
                new MemoryAllocatorOptions { MaximumPoolSizeMegabytes = MemoryPoolMegabytes }),
        };
    }

    public static SafeImageDecoder Default { get; } = new(ImageDecodingLimits.Default);

    public ImageDecodingLimits Limits { get; }

    /// <summary>Decodes <paramref name="path"/> as 8-bit RGB (grey images get three equal channels).</summary>
    /// <exception cref="ImageDecodingException">The file is unreadable, too large, or not a valid image.</exception>
    public Image<Rgb24> DecodeRgb24(string path)
    {
        var bytes = ReadChecked(path);
        try
        {
            return Image.Load<Rgb24>(_configuration, bytes);
        }
        catch (Exception e) when (IsDecoderFailure(e))
        {
            throw new ImageDecodingException(path, $"{e.Message} ({ExpectedFormats}).", e);
        }
    }

    /// <summary>
    /// Decodes <paramref name="path"/> in its own pixel format (8 or 16 bit, grey or colour), with its metadata and
    /// the format it was read as, for writing it back alike.
    /// </summary>
    /// <exception cref="ImageDecodingException">The file is unreadable, too large, or not a valid image.</exception>
    public Image Decode(string path, out IImageFormat format)
    {
        var bytes = ReadChecked(path);
        try
        {
            return Image.Load(_configuration, bytes, out format);
        }
        catch (Exception e) when (IsDecoderFailure(e))
        {
            throw new ImageDecodingException(path, $"{e.Message} ({ExpectedFormats}).", e);
        }
    }

    /// <summary>The header of <paramref name="path"/> (size, format metadata), checked against the limits.</summary>
    /// <exception cref="ImageDecodingException">The file is unreadable, too large, or not a valid image.</exception>
    public IImageInfo Identify(string path, out IImageFormat format)
    {
        var bytes = ReadBounded(path);
        return CheckHeader(path, bytes, out format);
    }

    private byte[] ReadChecked(string path)
    {
        var bytes = ReadBounded(path);
        CheckHeader(path, bytes, out _);
        if (JpegTruncation.IsTruncatedJpeg(bytes))
            throw new ImageDecodingException(path, "the JPEG data ends before its end-of-image marker; the file is truncated.");
        if (JpegScanCheck.Check(bytes, out var scanDefect) is JpegScanOutcome.Truncated or JpegScanOutcome.Corrupt)
            throw new ImageDecodingException(path, $"the JPEG's {scanDefect}.");
        if (BmpTruncation.IsTruncatedBmp(bytes, out var expected))
            throw new ImageDecodingException(path, $"the BMP has {bytes.Length} bytes but its header says its pixels end at byte {expected}; the file is truncated.");
        return bytes;
    }

    private byte[] ReadBounded(string path)
    {
        try
        {
            var length = new FileInfo(path).Length;
            if (length == 0)
                throw new ImageDecodingException(path, $"the file is empty ({ExpectedFormats}).");
            if (length > Limits.MaxFileBytes)
                throw new ImageDecodingException(
                    path, $"the file has {length} bytes, more than the limit of {Limits.MaxFileBytes}.");
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ImageDecodingException(path, e.Message, e);
        }
    }

    private IImageInfo CheckHeader(string path, byte[] bytes, out IImageFormat format)
    {
        IImageInfo? info;
        try
        {
            info = Image.Identify(_configuration, bytes, out format);
        }
        catch (Exception e) when (IsDecoderFailure(e))
        {
            throw new ImageDecodingException(path, $"invalid header: {e.Message} ({ExpectedFormats}).", e);
        }

        if (info is null)
            throw new ImageDecodingException(path, $"unknown file format ({ExpectedFormats}).");
        if (info.Width < 1 || info.Height < 1 || info.Width > Limits.MaxSide || info.Height > Limits.MaxSide)
            throw new ImageDecodingException(
                path, $"its header says {info.Width}x{info.Height} pixels; each side must be 1 to {Limits.MaxSide}.");
        if ((long)info.Width * info.Height > Limits.MaxPixels)
            throw new ImageDecodingException(
                path, $"its header says {info.Width}x{info.Height} pixels, more than the limit of {Limits.MaxPixels}.");
        return info;
    }

    // A crafted file can make a decoder fail with almost any exception type; all of them are this file's fault.
    private static bool IsDecoderFailure(Exception e) =>
        e is not (OperationCanceledException or OutOfMemoryException or ImageDecodingException);
}

using Denoising.Plugins.Datasets.Decoding;
using SixLabors.ImageSharp.PixelFormats;

namespace Denoising.Tests.Datasets;

public sealed class SafeImageDecoderTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void DecodesAValidPngWithItsPixels()
    {
        string path = TestImageFiles.Solid(_folder.PathOf("a.png"), 5, 3, new Rgb24(10, 20, 30));

        using var image = SafeImageDecoder.Default.DecodeRgb24(path);

        Assert.Equal((5, 3), (image.Width, image.Height));
        Assert.Equal(new Rgb24(10, 20, 30), image[4, 2]);
    }

    [Fact]
    public void GarbageFileIsRejectedNamingTheFile()
    {
        string path = _folder.PathOf("garbage.png");
        File.WriteAllBytes(path, Enumerable.Range(0, 300).Select(i => (byte)(i * 37)).ToArray());

        var error = Assert.Throws<ImageDecodingException>(() => SafeImageDecoder.Default.DecodeRgb24(path));

        Assert.Equal(path, error.FilePath);
        Assert.Contains(path, error.Message);
        Assert.Contains("PNG, JPEG or BMP", error.Message);
    }

    [Fact]
    public void TruncatedPngIsRejectedNamingTheFile()
    {
        string complete = TestImageFiles.Solid(_folder.PathOf("complete.png"), 64, 64, new Rgb24(200, 100, 50));
        byte[] bytes = File.ReadAllBytes(complete);
        string path = _folder.PathOf("truncated.png");
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);

        var error = Assert.Throws<ImageDecodingException>(() => SafeImageDecoder.Default.DecodeRgb24(path));

        Assert.Contains(path, error.Message);
    }

    [Fact]
    public void TruncatedJpegIsRejectedThoughImageSharpWouldDecodeIt()
    {
        string complete = TestImageFiles.BlackWithWhiteRectangle(
            _folder.PathOf("complete.jpg"), 64, 64, new SixLabors.ImageSharp.Rectangle(5, 7, 30, 20));
        byte[] bytes = File.ReadAllBytes(complete);
        string path = _folder.PathOf("truncated.jpg");
        File.WriteAllBytes(path, bytes[..^40]);

        using (SafeImageDecoder.Default.DecodeRgb24(complete)) { }
        var error = Assert.Throws<ImageDecodingException>(() => SafeImageDecoder.Default.DecodeRgb24(path));

        Assert.Contains(path, error.Message);
        Assert.Contains("truncated", error.Message);
    }

    [Fact]
    public void JpegWithDataAfterItsEndMarkerIsAccepted()
    {
        string complete = TestImageFiles.BlackWithWhiteRectangle(
            _folder.PathOf("complete.jpg"), 16, 16, new SixLabors.ImageSharp.Rectangle(2, 2, 5, 5));
        string path = _folder.PathOf("trailer.jpg");
        File.WriteAllBytes(path, [.. File.ReadAllBytes(complete), .. "trailing bytes"u8]);

        using var image = SafeImageDecoder.Default.DecodeRgb24(path);

        Assert.Equal(16, image.Width);
    }

    [Fact]
    public void EmptyFileIsRejected()
    {
        string path = _folder.PathOf("empty.jpg");
        File.WriteAllBytes(path, []);

        var error = Assert.Throws<ImageDecodingException>(() => SafeImageDecoder.Default.DecodeRgb24(path));

        Assert.Contains("empty", error.Message);
    }

    [Fact]
    public void HeaderAnnouncingAnOversizedSideIsRejectedBeforeDecoding()
    {
        string path = TestImageFiles.BmpHeaderOnly(_folder.PathOf("huge.bmp"), 20_000, 10);

        var error = Assert.Throws<ImageDecodingException>(() => SafeImageDecoder.Default.DecodeRgb24(path));

        Assert.Contains("20000x10", error.Message);
        Assert.Contains("16384", error.Message);
    }

    [Fact]
    public void HeaderAnnouncingTooManyPixelsIsRejected()
    {
        var decoder = new SafeImageDecoder(ImageDecodingLimits.Default with { MaxPixels = 50 });
        string path = TestImageFiles.Solid(_folder.PathOf("ten-by-six.png"), 10, 6, new Rgb24(1, 2, 3));

        var error = Assert.Throws<ImageDecodingException>(() => decoder.DecodeRgb24(path));

        Assert.Contains("10x6", error.Message);
    }

    [Fact]
    public void FileLargerThanTheLimitIsRejected()
    {
        var decoder = new SafeImageDecoder(ImageDecodingLimits.Default with { MaxFileBytes = 20 });
        string path = TestImageFiles.Solid(_folder.PathOf("small.png"), 4, 4, new Rgb24(1, 2, 3));

        var error = Assert.Throws<ImageDecodingException>(() => decoder.DecodeRgb24(path));

        Assert.Contains("limit of 20", error.Message);
    }

    [Fact]
    public void GifIsNotAcceptedEvenThoughImageSharpCouldDecodeIt()
    {
        string path = TestImageFiles.Solid(_folder.PathOf("picture.gif"), 4, 4, new Rgb24(1, 2, 3));

        var error = Assert.Throws<ImageDecodingException>(() => SafeImageDecoder.Default.DecodeRgb24(path));

        Assert.Contains("unknown file format", error.Message);
    }
}

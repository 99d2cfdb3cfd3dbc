using SixLabors.ImageSharp.PixelFormats;

namespace Denoising.Tests.Datasets;

public sealed class SafeImageDecoderTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Decodes_a_valid_png_with_its_pixels()
    {
        var path = TestImageFiles.Solid(_folder.PathOf("a.png"), 5, 3, new Rgb24(10, 20, 30));

        using var image = SafeImageDecoder.Default.DecodeRgb24(path);

        Assert.Equal((5, 3), (image.Width, image.Height));
        Assert.Equal(new Rgb24(10, 20, 30), image[4, 2]);
    }

    [Fact]
    public void Garbage_file_is_rejected_naming_the_file()
    {
        var path = _folder.PathOf("garbage.png");
        File.WriteAllBytes(path, Enumerable.Range(0, 300).Select(i => (byte)(i * 37)).ToArray());

        var error = Assert.Throws<ImageDecodingException>(() => SafeImageDecoder.Default.DecodeRgb24(path));

        Assert.Equal(path, error.FilePath);
        Assert.Contains(path, error.Message);
        Assert.Contains("PNG, JPEG or BMP", error.Message);
    }

    [Fact]
    public void Truncated_png_is_rejected_naming_the_file()
    {
        var complete = TestImageFiles.Solid(_folder.PathOf("complete.png"), 64, 64, new Rgb24(200, 100, 50));
        var bytes = File.ReadAllBytes(complete);
        var path = _folder.PathOf("truncated.png");
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);

        var error = Assert.Throws<ImageDecodingException>(() => SafeImageDecoder.Default.DecodeRgb24(path));

        Assert.Contains(path, error.Message);
    }

    [Fact]
    public void Truncated_jpeg_is_rejected_though_image_sharp_would_decode_it()
    {
        var complete = TestImageFiles.BlackWithWhiteRectangle(
            _folder.PathOf("complete.jpg"), 64, 64, new SixLabors.ImageSharp.Rectangle(5, 7, 30, 20));
        var bytes = File.ReadAllBytes(complete);
        var path = _folder.PathOf("truncated.jpg");
        File.WriteAllBytes(path, bytes[..^40]);

        using (SafeImageDecoder.Default.DecodeRgb24(complete)) { }
        var error = Assert.Throws<ImageDecodingException>(() => SafeImageDecoder.Default.DecodeRgb24(path));

        Assert.Contains(path, error.Message);
        Assert.Contains("truncated", error.Message);
    }

    [Fact]
    public void Jpeg_with_data_after_its_end_marker_is_accepted()
    {
        var complete = TestImageFiles.BlackWithWhiteRectangle(
            _folder.PathOf("complete.jpg"), 16, 16, new SixLabors.ImageSharp.Rectangle(2, 2, 5, 5));
        var path = _folder.PathOf("trailer.jpg");
        File.WriteAllBytes(path, [.. File.ReadAllBytes(complete), .. "trailing bytes"u8]);

        using var image = SafeImageDecoder.Default.DecodeRgb24(path);

        Assert.Equal(16, image.Width);
    }

    [Fact]
    public void Empty_file_is_rejected()
    {
        var path = _folder.PathOf("empty.jpg");
        File.WriteAllBytes(path, []);

        var error = Assert.Throws<ImageDecodingException>(() => SafeImageDecoder.Default.DecodeRgb24(path));

        Assert.Contains("empty", error.Message);
    }

    [Fact]
    public void Header_announcing_an_oversized_side_is_rejected_before_decoding()
    {
        var path = TestImageFiles.BmpHeaderOnly(_folder.PathOf("huge.bmp"), 20_000, 10);

        var error = Assert.Throws<ImageDecodingException>(() => SafeImageDecoder.Default.DecodeRgb24(path));

        Assert.Contains("20000x10", error.Message);
        Assert.Contains("16384", error.Message);
    }

    [Fact]
    public void A_bmp_cut_short_is_reported_as_truncated()
    {
        var complete = TestImageFiles.Solid(_folder.PathOf("complete.bmp"), 40, 30, new Rgb24(200, 100, 50));
        var path = _folder.PathOf("cut.bmp");
        File.WriteAllBytes(path, File.ReadAllBytes(complete)[..1000]);

        var error = Assert.Throws<ImageDecodingException>(() => SafeImageDecoder.Default.DecodeRgb24(path));

        Assert.Contains(path, error.Message);
        Assert.Contains("truncated", error.Message);
        Assert.Equal((40, 30), SafeImageDecoder.Default.DecodeRgb24(complete) is var image ? (image.Width, image.Height) : default);
    }

    [Fact]
    public void A_bare_bmp_header_claiming_a_huge_image_is_refused_before_any_pixel_is_allocated()
    {
        var path = TestImageFiles.BmpHeaderOnly(_folder.PathOf("claims.bmp"), 16_000, 6_000);
        var decoder = new SafeImageDecoder(ImageDecodingLimits.Default with { MaxPixels = long.MaxValue });

        var error = Assert.Throws<ImageDecodingException>(() => decoder.DecodeRgb24(path));

        Assert.Contains("truncated", error.Message);
    }

    [Fact]
    public void Header_announcing_too_many_pixels_is_rejected()
    {
        var decoder = new SafeImageDecoder(ImageDecodingLimits.Default with { MaxPixels = 50 });
        var path = TestImageFiles.Solid(_folder.PathOf("ten-by-six.png"), 10, 6, new Rgb24(1, 2, 3));

        var error = Assert.Throws<ImageDecodingException>(() => decoder.DecodeRgb24(path));

        Assert.Contains("10x6", error.Message);
    }

    [Fact]
    public void File_larger_than_the_limit_is_rejected()
    {
        var decoder = new SafeImageDecoder(ImageDecodingLimits.Default with { MaxFileBytes = 20 });
        var path = TestImageFiles.Solid(_folder.PathOf("small.png"), 4, 4, new Rgb24(1, 2, 3));

        var error = Assert.Throws<ImageDecodingException>(() => decoder.DecodeRgb24(path));

        Assert.Contains("limit of 20", error.Message);
    }

    [Fact]
    public void Gif_is_not_accepted_even_though_image_sharp_could_decode_it()
    {
        var path = TestImageFiles.Solid(_folder.PathOf("picture.gif"), 4, 4, new Rgb24(1, 2, 3));

        var error = Assert.Throws<ImageDecodingException>(() => SafeImageDecoder.Default.DecodeRgb24(path));

        Assert.Contains("unknown file format", error.Message);
    }
}

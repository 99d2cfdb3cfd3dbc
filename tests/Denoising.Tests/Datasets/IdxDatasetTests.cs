using System.IO.Compression;
using Denoising.Plugins.Datasets.Idx;
using Image = Denoising.Abstractions.Image;

namespace Denoising.Tests.Datasets;

public sealed class IdxDatasetTests : IDisposable
{
    private static readonly byte[] ThreeImagesOf2x3 =
    [
        0, 0, 8, 3, 0, 0, 0, 3, 0, 0, 0, 2, 0, 0, 0, 3,
        0, 51, 102, 153, 204, 255,
        255, 0, 255, 0, 255, 0,
        1, 2, 3, 4, 5, 6,
    ];

    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Write(string name, byte[] bytes, bool gzip = false)
    {
        var path = _folder.PathOf(name);
        using var file = File.Create(path);
        using Stream target = gzip ? new GZipStream(file, CompressionLevel.Fastest) : file;
        target.Write(bytes);
        return path;
    }

    private IReadOnlyList<Image> Load(string name, int limit = 0) =>
        new IdxDataset(new IdxOptions { Path = name, Limit = limit }, TestContexts.For(_folder.Path)).Load(CancellationToken.None);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Reads_every_image_with_values_scaled_to_unit(bool gzip)
    {
        Write("images", ThreeImagesOf2x3, gzip);

        var images = Load("images");

        Assert.Equal(["0", "1", "2"], images.Select(image => image.Id));
        Assert.All(images, image => Assert.Equal((1, 2, 3), (image.Channels, image.Height, image.Width)));
        Assert.Equal([0f, 0.2f, 0.4f, 0.6f, 0.8f, 1f], images[0].Pixels);
        Assert.Equal(6 / 255f, images[2].Pixels[5]);
    }

    [Fact]
    public void Limit_reads_only_the_first_images()
    {
        Write("images.gz", ThreeImagesOf2x3, gzip: true);

        var images = Load("images.gz", limit: 2);

        Assert.Equal(2, images.Count);
        Assert.Equal(1f, images[1].Pixels[0]);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Truncated_file_is_reported_with_its_path(bool gzip)
    {
        var path = Write("short", ThreeImagesOf2x3[..^2], gzip);

        var error = Assert.Throws<InvalidDataException>(() => Load("short"));

        Assert.Contains(path, error.Message);
        Assert.Contains("truncated", error.Message);
    }

    [Fact]
    public void Label_file_is_rejected_as_not_an_image_file()
    {
        var path = Write("labels", [0, 0, 8, 1, 0, 0, 0, 2, 7, 3]);

        var error = Assert.Throws<InvalidDataException>(() => Load("labels"));

        Assert.Contains(path, error.Message);
        Assert.Contains("label file", error.Message);
    }

    [Fact]
    public void Wrong_magic_is_reported()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0, 0, 0, 0, 0];
        Write("picture", png);

        var error = Assert.Throws<InvalidDataException>(() => Load("picture"));

        Assert.Contains("89504E47", error.Message);
        Assert.Contains("00 00 08 03", error.Message);
    }

    [Fact]
    public void A_count_past_the_signed_range_is_reported_as_the_header_says_it()
    {
        byte[] header = [0, 0, 8, 3, 0xFF, 0xFF, 0xFF, 0xFF, 0, 0, 0, 2, 0, 0, 0, 2];
        Write("huge-count", header);

        var error = Assert.Throws<InvalidDataException>(() => Load("huge-count"));

        Assert.Contains("4294967295 images", error.Message);
        Assert.DoesNotContain("-1 images", error.Message);
    }

    [Fact]
    public void Images_of_more_pixels_than_the_limit_are_rejected_before_any_is_read()
    {
        byte[] header = [0, 0, 8, 3, 0, 0, 0, 4, 0, 0, 0x40, 0, 0, 0, 0x40, 0]; // 4 images of 16384 x 16384
        Write("huge-images", header);

        var error = Assert.Throws<InvalidDataException>(() => Load("huge-images"));

        Assert.Contains("16384x16384", error.Message);
        Assert.Contains("pixels per image", error.Message);
    }

    [Fact]
    public void Oversized_dimensions_are_rejected()
    {
        byte[] header = [0, 0, 8, 3, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 1]; // 1 image of 65536 x 1
        Write("wide", header);

        var error = Assert.Throws<InvalidDataException>(() => Load("wide"));

        Assert.Contains("65536x1", error.Message);
    }

    [Fact]
    public void Corrupt_gzip_is_reported_with_its_path()
    {
        var path = Write("broken.gz", [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 3, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF]);

        var error = Assert.Throws<InvalidDataException>(() => Load("broken.gz"));

        Assert.Contains(path, error.Message);
    }

    [Fact]
    public void Missing_file_is_reported_with_its_path()
    {
        var error = Assert.Throws<FileNotFoundException>(() => Load("absent-idx3-ubyte"));

        Assert.Contains(Path.Combine(_folder.Path, "absent-idx3-ubyte"), error.Message);
    }
}

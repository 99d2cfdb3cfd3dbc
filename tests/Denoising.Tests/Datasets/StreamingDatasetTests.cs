using Denoising.Abstractions;
using Denoising.Plugins.Datasets.Idx;
using Denoising.Plugins.Datasets.ImageFolder;
using Denoising.Plugins.Datasets.Imaging;
using Denoising.Plugins.Datasets.Synthetic;
using SixLabors.ImageSharp.PixelFormats;
using Image = Denoising.Abstractions.Image;

namespace Denoising.Tests.Datasets;

/// <summary>Datasets read image by image (IDataset.Open): same images as Load, mixed sizes, bounded memory.</summary>
public sealed class StreamingDatasetTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    private ImageFolderDataset Folder(ImageFolderOptions options) => new(options, TestContexts.For(_folder.Path));

    [Theory]
    [InlineData(ColorModes.Gray)]
    [InlineData(ColorModes.Rgb)]
    public void Reading_image_by_image_gives_the_images_load_gives_with_mixed_sizes_and_orientations(string color)
    {
        TestImageFiles.Solid(_folder.PathOf("set/landscape.png"), 7, 4, new Rgb24(10, 200, 30));
        TestImageFiles.Solid(_folder.PathOf("set/portrait.png"), 4, 7, new Rgb24(250, 0, 90));
        TestImageFiles.Solid(_folder.PathOf("set/square.bmp"), 5, 5, new Rgb24(1, 2, 3));
        var dataset = Folder(new ImageFolderOptions { Path = "set", Color = color });

        var loaded = dataset.Load(CancellationToken.None);
        var source = ((IDataset)dataset).Open(CancellationToken.None);
        var read = source.ReadAll(CancellationToken.None);

        var channels = color == ColorModes.Rgb ? 3 : 1;
        Assert.Equal(["landscape", "portrait", "square"], Enumerable.Range(0, source.Count).Select(source.IdAt));
        Assert.Equal([$"landscape ({channels}x4x7)", $"portrait ({channels}x7x4)", $"square ({channels}x5x5)"], read.Select(i => i.ToString()));
        Assert.Equal(loaded.Select(i => i.Pixels), read.Select(i => i.Pixels));
    }

    [Fact]
    public void A_folder_larger_than_the_cache_is_read_whole_while_the_cache_stays_under_its_cap()
    {
        // 40 images of 64x64 RGB: 480 KiB as 8-bit pixels, 640 KiB as gray floats; the cache may hold 64 KiB.
        for (var i = 0; i < 40; i++)
            TestImageFiles.Solid(_folder.PathOf($"big/{i:D2}.png"), 64, 64, new Rgb24((byte)i, 0, 0));
        var cache = new DecodedImageCache(64 << 10);
        var files = ImageFileScanner.Scan(_folder.PathOf("big"), recursive: false).Files;
        var source = new ImageFileSource(files, (_, _) => { }, ColorModes.Gray, cache);

        for (var pass = 0; pass < 2; pass++)
        {
            for (var i = 0; i < source.Count; i++)
                Assert.Equal(i / 765f, source.Read(i, CancellationToken.None).Pixels[0]);
        }

        Assert.True(cache.PeakBytes <= 64 << 10, $"the cache held {cache.PeakBytes} bytes");
        Assert.True(cache.PeakBytes >= 4 * 64 * 64 * 3, "the cache kept nothing");
    }

    [Fact]
    public void Reading_again_within_the_cache_does_not_decode_again()
    {
        var path = TestImageFiles.Solid(_folder.PathOf("one/a.png"), 6, 6, new Rgb24(9, 9, 9));
        var source = new ImageFileSource([new ImageFile("a", path)], (_, _) => { }, ColorModes.Gray, new DecodedImageCache(1 << 20));

        var first = source.Read(0, CancellationToken.None);
        File.Delete(path);
        var second = source.Read(0, CancellationToken.None);

        Assert.Equal(first.Pixels, second.Pixels);
    }

    [Fact]
    public void Synthetic_images_are_generated_on_demand_equal_to_loaded_ones()
    {
        var dataset = new SyntheticDataset(new SyntheticOptions { Count = 5, Height = 6, Width = 9, Channels = 3, Seed = 2 }, TestContexts.For(_folder.Path));

        var loaded = dataset.Load(CancellationToken.None);
        var source = dataset.Open(CancellationToken.None);

        Assert.Equal(loaded.Select(i => i.Id), Enumerable.Range(0, source.Count).Select(source.IdAt));
        Assert.Equal(loaded.Select(i => i.Pixels), source.ReadAll(CancellationToken.None).Select(i => i.Pixels));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Idx_images_are_read_one_at_a_time_equal_to_loaded_ones(bool gzip)
    {
        var path = _folder.PathOf(gzip ? "images.gz" : "images.idx");
        WriteIdx(path, count: 4, rows: 3, columns: 2, gzip);
        var dataset = new IdxDataset(new IdxOptions { Path = path, Limit = 3 }, TestContexts.For(_folder.Path));

        var loaded = dataset.Load(CancellationToken.None);
        var source = dataset.Open(CancellationToken.None);

        Assert.Equal(3, source.Count);
        Assert.Equal(loaded.Select(i => i.Id), Enumerable.Range(0, source.Count).Select(source.IdAt));
        Assert.Equal(loaded.Select(i => i.Pixels), source.ReadAll(CancellationToken.None).Select(i => i.Pixels));
    }

    [Fact]
    public void A_dataset_without_open_is_read_from_what_it_loads()
    {
        IDataset dataset = new LoadOnly();

        var source = dataset.Open(CancellationToken.None);

        Assert.Equal("b", source.IdAt(1));
        Assert.Equal(0.5f, source.Read(1, CancellationToken.None).Pixels[0]);
    }

    private static void WriteIdx(string path, int count, int rows, int columns, bool gzip)
    {
        var bytes = new byte[16 + count * rows * columns];
        bytes[2] = 8;
        bytes[3] = 3;
        bytes[7] = (byte)count;
        bytes[11] = (byte)rows;
        bytes[15] = (byte)columns;
        for (var i = 16; i < bytes.Length; i++)
            bytes[i] = (byte)(i * 7);
        using var file = File.Create(path);
        using Stream target = gzip ? new System.IO.Compression.GZipStream(file, System.IO.Compression.CompressionLevel.Fastest) : file;
        target.Write(bytes);
    }

    private sealed class LoadOnly : IDataset
    {
        public IReadOnlyList<Image> Load(CancellationToken cancellationToken) =>
            [new Image("a", 1, 1, 1, [0f]), new Image("b", 1, 1, 1, [0.5f])];
    }
}

using Denoising.Abstractions;
using Denoising.Common;
using Denoising.Host.Running.Caching;
using Denoising.Host.Sweeps;
using Denoising.Tests.TestSupport;
using Microsoft.Extensions.Logging;

namespace Denoising.Tests.Sweeps;

public sealed class DatasetCacheTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly FakeLogs _logs = new();

    public void Dispose()
    {
        _logs.Dispose();
        _temp.Dispose();
    }

    [Fact]
    public void A_second_run_reads_the_decoded_images_from_the_cache_instead_of_decoding_them()
    {
        var first = new CountingSource(Images());
        var built = Cache().GetOrBuild("faces", Fingerprint(), first.Open, CancellationToken.None);
        var second = new CountingSource(Images());

        var reused = Cache().GetOrBuild("faces", Fingerprint(), second.Open, CancellationToken.None);

        Assert.Equal(Images().Count, first.Reads);
        Assert.Equal(0, second.Opens);
        AssertSameImages(Images(), reused.ReadAll(CancellationToken.None));
        AssertSameImages(built.ReadAll(CancellationToken.None), reused.ReadAll(CancellationToken.None));
        Assert.Contains(_logs.Messages, m => m.Contains("decoded images reused from", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Points_of_a_sweep_running_at_once_decode_their_shared_dataset_once()
    {
        var config = SweepYaml.Write(_temp, "grid:\n  steps.noisy.noise: [{type: gaussian, sigma: 0.1}, {type: gaussian, sigma: 0.2}]");

        var outcome = await SweepRuns.RunAsync(SweepRuns.Request(config, Path.Combine(_temp.Path, "out"), parallel: 2));

        Assert.All(outcome.Results, r => Assert.Equal(PointOutcome.Completed, r.Outcome));
        var logs = outcome.Results.Select(r => File.ReadAllText(Path.Combine(SweepRuns.PointDirectory(outcome, r.Point), "log.txt"))).ToList();
        Assert.Single(logs, log => log.Contains("images decoded in", StringComparison.Ordinal));
        Assert.Single(logs, log => log.Contains("decoded images reused from", StringComparison.Ordinal));
        var datasets = Path.Combine(outcome.Directory, SweepLayout.DatasetsFolder);
        Assert.Single(Directory.GetFiles(datasets, "*" + DecodedDatasetCache.Extension));
        Assert.DoesNotContain(Directory.GetFiles(datasets), AtomicFile.IsTemporary);
    }

    [Theory]
    [InlineData("flip a byte")]
    [InlineData("truncate")]
    [InlineData("other key")]
    public void A_corrupt_or_foreign_cache_file_is_ignored_and_built_again(string damage)
    {
        Cache().GetOrBuild("faces", Fingerprint(), new CountingSource(Images()).Open, CancellationToken.None);
        var file = Assert.Single(Directory.GetFiles(CacheDirectory, "*" + DecodedDatasetCache.Extension));
        var bytes = File.ReadAllBytes(file);
        switch (damage)
        {
            case "flip a byte":
                bytes[bytes.Length / 2] ^= 0x40;
                File.WriteAllBytes(file, bytes);
                break;
            case "truncate":
                File.WriteAllBytes(file, bytes[..(bytes.Length - 100)]);
                break;
            default:
                DecodedImagesFile.Write(file, new byte[32], [Images()[0]]);
                break;
        }
        var again = new CountingSource(Images());

        var images = Cache().GetOrBuild("faces", Fingerprint(), again.Open, CancellationToken.None);

        Assert.Equal(Images().Count, again.Reads);
        AssertSameImages(Images(), images.ReadAll(CancellationToken.None));
        Assert.Contains(_logs.Messages, m => m.Contains("ignored", StringComparison.Ordinal));
        Assert.NotNull(DecodedImagesFile.TryRead(file, Fingerprint().Key, out _));
    }

    [Fact]
    public async Task Two_builders_at_once_decode_the_dataset_once_and_leave_one_valid_file()
    {
        var sources = new[] { new CountingSource(Images()), new CountingSource(Images()) };
        using var bothStarted = new Barrier(2);

        var results = await Task.WhenAll(sources.Select(source => Task.Run(() =>
        {
            bothStarted.SignalAndWait();
            return Cache().GetOrBuild("faces", Fingerprint(), source.Open, CancellationToken.None).ReadAll(CancellationToken.None);
        })));

        Assert.Equal(1, sources.Sum(s => s.Opens));
        Assert.All(results, images => AssertSameImages(Images(), images));
        var file = Assert.Single(Directory.GetFiles(CacheDirectory, "*" + DecodedDatasetCache.Extension));
        Assert.DoesNotContain(Directory.GetFiles(CacheDirectory), AtomicFile.IsTemporary);
        Assert.NotNull(DecodedImagesFile.TryRead(file, Fingerprint().Key, out _));
    }

    [Fact]
    public void Writers_racing_on_the_same_file_leave_one_complete_file()
    {
        var path = Path.Combine(CacheDirectory, "race" + DecodedDatasetCache.Extension);
        var key = Fingerprint().Key;

        Parallel.For(0, 8, _ => DecodedImagesFile.Write(path, key, Images()));

        AssertSameImages(Images(), DecodedImagesFile.TryRead(path, key, out var problem) ?? throw new InvalidOperationException(problem));
        Assert.Equal([path], Directory.GetFiles(CacheDirectory));
    }

    [Fact]
    public void A_cache_file_that_claims_more_pixels_than_it_holds_is_refused_before_anything_is_allocated()
    {
        var key = Fingerprint().Key;
        var body = new List<byte>("DNIMAGES"u8.ToArray());
        body.AddRange(BitConverter.GetBytes(DecodedImagesFile.FormatVersion));
        body.AddRange(key);
        body.AddRange(BitConverter.GetBytes(1));
        body.AddRange(BitConverter.GetBytes((ushort)1));
        body.Add((byte)'a');
        body.Add((byte)SampleEncoding.Float32);
        foreach (var side in new[] { 1, 100_000, 100_000 })
            body.AddRange(BitConverter.GetBytes(side));
        body.AddRange(new byte[16]);
        var path = Path.Combine(_temp.Path, "forged" + DecodedDatasetCache.Extension);
        File.WriteAllBytes(path, [.. body, .. System.Security.Cryptography.SHA256.HashData(body.ToArray())]);

        Assert.Null(DecodedImagesFile.TryRead(path, key, out var problem));
        Assert.Contains("1x100000x100000", problem);
    }

    [Fact]
    public void The_cache_gives_back_every_float_bit_for_bit_and_stores_8_bit_samples_in_a_byte()
    {
        var bytes = new Image("rgb/a", 3, 2, 2, Enumerable.Range(0, 12).Select(i => i * 20 / 255f).ToArray());
        var gray = new Image("gray/b", 1, 2, 3, [0f, 1 / 765f, 2 / 765f, 400 / 765f, 764 / 765f, 1f]);
        var floats = new Image("float/c", 1, 1, 3, [0.1f, MathF.PI / 4, 1e-7f]);
        var path = Path.Combine(CacheDirectory, "x" + DecodedDatasetCache.Extension);

        DecodedImagesFile.Write(path, Fingerprint().Key, [bytes, gray, floats]);

        AssertSameImages([bytes, gray, floats], DecodedImagesFile.TryRead(path, Fingerprint().Key, out _)!);
        Assert.Equal(SampleEncoding.OverByteMax, SampleEncodings.Choose(bytes.Pixels));
        Assert.Equal(SampleEncoding.OverRgbSumMax, SampleEncodings.Choose(gray.Pixels));
        Assert.Equal(SampleEncoding.Float32, SampleEncodings.Choose(floats.Pixels));
    }

    [Fact]
    public void The_key_changes_with_the_options_and_with_the_size_or_time_of_a_file_they_name()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_temp.Path, "photos")).FullName;
        var photo = Path.Combine(folder, "a.jpg");
        File.WriteAllBytes(photo, [1, 2, 3]);
        string KeyOf(FolderOptions options) =>
            DatasetFingerprint.Of(new ComponentSpec<IDataset>("folder", options), new CountingSource([]), _temp.Path)!.ShortKey;
        var key = KeyOf(new FolderOptions { Path = "photos" });

        Assert.Equal(key, KeyOf(new FolderOptions { Path = "photos" }));
        Assert.NotEqual(key, KeyOf(new FolderOptions { Path = "photos", Scale = 0.5 }));
        File.SetLastWriteTimeUtc(photo, File.GetLastWriteTimeUtc(photo).AddSeconds(-5));
        var touched = KeyOf(new FolderOptions { Path = "photos" });
        Assert.NotEqual(key, touched);
        File.AppendAllText(photo, "x");
        Assert.NotEqual(touched, KeyOf(new FolderOptions { Path = "photos" }));
    }

    [Theory]
    [InlineData(2, 10, 2, 1)]
    [InlineData(2, 1, 1, 2)]
    [InlineData(16, 5, 5, 3)]
    [InlineData(1, 4, 1, 1)]
    [InlineData(8, 0, 1, 8)]
    public void Parallel_auto_runs_a_point_per_core_or_shares_the_cores_among_the_points_left(int cores, int pending, int points, int threads) =>
        Assert.Equal(new SweepParallelism(points, threads), SweepParallelism.Auto(cores, pending));

    [Fact]
    public void Parallel_auto_never_asks_for_more_than_the_cores_nor_for_no_point()
    {
        for (var cores = 1; cores <= 64; cores++)
        {
            for (var pending = 0; pending <= 100; pending++)
            {
                var plan = SweepParallelism.Auto(cores, pending);
                Assert.InRange(plan.Points, 1, Math.Max(1, Math.Min(cores, pending)));
                Assert.InRange(plan.ThreadsPerPoint, 1, cores);
                Assert.True(plan.Points * plan.ThreadsPerPoint <= cores, $"{plan} on {cores} cores");
            }
        }
    }

    [Theory]
    [InlineData("auto", null)]
    [InlineData("AUTO", null)]
    [InlineData("3", 3)]
    public void Parallel_reads_a_number_of_points_or_auto(string text, int? points) =>
        Assert.Equal(points, SweepParallelism.Parse(text));

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("all")]
    public void Parallel_refuses_anything_else(string text) =>
        Assert.Contains("--parallel must be 1 or more", Assert.Throws<FormatException>(() => SweepParallelism.Parse(text)).Message);

    private string CacheDirectory => Path.Combine(_temp.Path, "datasets");

    private DecodedDatasetCache Cache() => new(CacheDirectory, _logs.Factory.CreateLogger<DecodedDatasetCache>());

    private DatasetFingerprint Fingerprint() =>
        DatasetFingerprint.Of(new ComponentSpec<IDataset>("folder", new FolderOptions { Path = "photos" }), new CountingSource([]), _temp.Path)!;

    private static List<Image> Images() =>
    [
        new("a/1", 1, 2, 2, [0f, 1 / 765f, 0.5f, 1f]),
        new("a/2", 3, 1, 2, [0f, 1 / 255f, 2 / 255f, 3 / 255f, 4 / 255f, 1f]),
        new("b/1", 1, 3, 1, [0.3f, 0.2f, 0.1f]),
    ];

    private static void AssertSameImages(IReadOnlyList<Image> expected, IReadOnlyList<Image> actual)
    {
        Assert.Equal(expected.Select(i => (i.Id, i.Channels, i.Height, i.Width)), actual.Select(i => (i.Id, i.Channels, i.Height, i.Width)));
        for (var i = 0; i < expected.Count; i++)
            Assert.Equal(expected[i].Pixels.Select(BitConverter.SingleToInt32Bits), actual[i].Pixels.Select(BitConverter.SingleToInt32Bits));
    }

    public sealed class FolderOptions
    {
        public string Path { get; set; } = "";

        public double Scale { get; set; } = 1;
    }

    /// <summary>A dataset that counts how often it is opened and its images are read.</summary>
    private sealed class CountingSource(IReadOnlyList<Image> images) : IDataset, IImageSource
    {
        private int _reads;
        private int _opens;

        public int Reads => _reads;

        public int Opens => _opens;

        public int Count => images.Count;

        public IImageSource Open()
        {
            Interlocked.Increment(ref _opens);
            return this;
        }

        public IReadOnlyList<Image> Load(CancellationToken cancellationToken) => images;

        public string IdAt(int index) => images[index].Id;

        public Image Read(int index, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _reads);
            return images[index];
        }
    }
}

using System.Security.Cryptography;
using Denoising.Torch.Runtime;

namespace Denoising.Tests.Torch.Runtime;

public sealed class PatchedLibraryCacheTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "denoising-cache-test-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string WriteOriginal(byte[] content)
    {
        Directory.CreateDirectory(_root);
        var path = Path.Combine(_root, "libsample.so");
        File.WriteAllBytes(path, content);
        return path;
    }

    private static byte[] Invert(byte[] bytes) => bytes.Select(b => (byte)~b).ToArray();

    [Fact]
    public void WritesTheDerivedCopyUnderTheOriginalsHash()
    {
        byte[] content = [1, 2, 3, 4];
        var original = WriteOriginal(content);
        var cache = new PatchedLibraryCache(Path.Combine(_root, "cache"));

        var copy = cache.GetOrCreate(original, Invert);

        Assert.Equal(Path.Combine(_root, "cache", Convert.ToHexStringLower(SHA256.HashData(content)), "libsample.so"), copy);
        Assert.Equal(Invert(content), File.ReadAllBytes(copy));
        Assert.Equal(content, File.ReadAllBytes(original));
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(copy)!));
    }

    [Fact]
    public void ReusesAnIntactCopyAndRewritesADamagedOne()
    {
        var original = WriteOriginal([5, 6, 7]);
        var cache = new PatchedLibraryCache(Path.Combine(_root, "cache"));
        var copy = cache.GetOrCreate(original, Invert);
        var stamp = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(copy, stamp);

        Assert.Equal(copy, cache.GetOrCreate(original, Invert));
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(copy));

        File.WriteAllBytes(copy, [0]);
        cache.GetOrCreate(original, Invert);
        Assert.Equal(Invert([5, 6, 7]), File.ReadAllBytes(copy));
    }
}

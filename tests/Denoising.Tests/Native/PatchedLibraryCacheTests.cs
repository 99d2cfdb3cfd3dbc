using System.Security.Cryptography;
using Denoising.Native;

namespace Denoising.Tests.Native;

/// <summary>The cache of patched native libraries: what it stores is loaded as code (docs/security.md).</summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class PatchedLibraryCacheTests : IDisposable
{
    private const UnixFileMode Private = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private readonly TempDirectory _temp = new();
    private readonly PathTrust _trust = PathTrust.ForCurrentUser();

    public void Dispose() => _temp.Dispose();

    private string WriteOriginal(byte[] content)
    {
        var path = _temp.PathOf("shipped/libsample.so");
        File.WriteAllBytes(path, content);
        return path;
    }

    private static byte[] Invert(byte[] bytes) => bytes.Select(b => (byte)~b).ToArray();

    private PatchedLibraryCache CacheIn(string relative) => new(Path.Combine(_temp.Path, relative), _trust);

    private static PatchedLibraryCache ForEnvironment(PathTrust trust, params (string Name, string Value)[] variables) =>
        PatchedLibraryCache.ForCurrentUser(trust, name => variables.FirstOrDefault(v => v.Name == name).Value);

    [Fact]
    public void Writes_the_derived_copy_under_the_originals_hash_in_private_folders()
    {
        byte[] content = [1, 2, 3, 4];
        var original = WriteOriginal(content);

        using var copy = CacheIn("cache").GetOrCreate(original, Invert);

        Assert.Equal(Path.Combine(_temp.Path, "cache", Convert.ToHexStringLower(SHA256.HashData(content)), "libsample.so"), copy.Path);
        Assert.Equal(Invert(content), File.ReadAllBytes(copy.Path));
        Assert.Equal(Invert(content), File.ReadAllBytes(copy.LoadPath));
        Assert.Equal(content, File.ReadAllBytes(original));
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(copy.Path)!));
        Assert.Equal(Private, File.GetUnixFileMode(Path.Combine(_temp.Path, "cache")));
        Assert.Equal(Private, File.GetUnixFileMode(Path.GetDirectoryName(copy.Path)!));
        Assert.Equal(UnixFileMode.None, File.GetUnixFileMode(copy.Path) & (UnixFileMode)0b000_111_111);
    }

    [Fact]
    public void Reuses_an_intact_copy_and_rewrites_a_damaged_one()
    {
        var original = WriteOriginal([5, 6, 7]);
        var cache = CacheIn("cache");
        string path;
        using (var first = cache.GetOrCreate(original, Invert))
            path = first.Path;
        var stamp = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(path, stamp);

        using (var again = cache.GetOrCreate(original, Invert))
            Assert.Equal(path, again.Path);
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(path));

        File.WriteAllBytes(path, [0]);
        using (cache.GetOrCreate(original, Invert))
            Assert.Equal(Invert([5, 6, 7]), File.ReadAllBytes(path));
    }

    [Fact]
    public void A_file_swapped_after_writing_fails_its_hash_and_is_not_opened()
    {
        var original = WriteOriginal([9, 8, 7]);
        var cache = CacheIn("cache");
        string path;
        using (var copy = cache.GetOrCreate(original, Invert))
            path = copy.Path;
        File.WriteAllBytes(path, [0x7F, (byte)'E', (byte)'L', (byte)'F']);

        var opened = cache.OpenVerified(path, SHA256.HashData(Invert([9, 8, 7])), out var mismatch);

        Assert.Null(opened);
        Assert.Contains("SHA-256", mismatch);
    }

    [Fact]
    public void The_load_path_keeps_naming_the_checked_bytes_when_the_file_is_replaced()
    {
        var original = WriteOriginal([1, 1, 2, 3]);
        using var copy = CacheIn("cache").GetOrCreate(original, Invert);

        var swapped = copy.Path + ".swap";
        File.WriteAllBytes(swapped, [42]);
        File.Move(swapped, copy.Path, overwrite: true);

        Assert.Equal([42], File.ReadAllBytes(copy.Path));
        Assert.Equal(Invert([1, 1, 2, 3]), File.ReadAllBytes(copy.LoadPath));
    }

    [Fact]
    public void A_link_in_place_of_the_copy_is_not_followed()
    {
        var original = WriteOriginal([3, 3]);
        var cache = CacheIn("cache");
        string path;
        using (var copy = cache.GetOrCreate(original, Invert))
            path = copy.Path;
        var elsewhere = _temp.File("elsewhere.so", "planted");
        File.Delete(path);
        File.CreateSymbolicLink(path, elsewhere);

        var error = Assert.Throws<NativeRuntimeException>(() => cache.OpenVerified(path, SHA256.HashData(Invert([3, 3])), out _));

        Assert.Contains("symbolic link", error.Message);
    }

    [Fact]
    public void A_world_writable_cache_folder_is_refused()
    {
        var root = Directory.CreateDirectory(_temp.PathOf("open/cache")).FullName;
        File.SetUnixFileMode(root, (UnixFileMode)0b111_111_111);

        var error = Assert.Throws<NativeRuntimeException>(() => ForEnvironment(_trust, (PatchedLibraryCache.EnvironmentVariable, root)));

        Assert.Contains(root, error.Message);
        Assert.Contains("0777", error.Message);
        Assert.Contains(PatchedLibraryCache.EnvironmentVariable, error.Message);
    }

    [Fact]
    public void A_folder_of_the_users_own_that_others_can_only_read_is_tightened_to_0700()
    {
        var root = Directory.CreateDirectory(_temp.PathOf("older-version")).FullName;
        File.SetUnixFileMode(root, (UnixFileMode)0b111_101_101);

        var cache = ForEnvironment(_trust, (PatchedLibraryCache.EnvironmentVariable, root));

        Assert.Equal(root, cache.RootDirectory);
        Assert.Equal(Private, File.GetUnixFileMode(root));
    }

    [Fact]
    public void A_cache_folder_of_another_user_is_refused()
    {
        var root = Directory.CreateDirectory(_temp.PathOf("foreign")).FullName;
        File.SetUnixFileMode(root, Private);
        // As root (CI) the folder really changes hands; otherwise the check runs as if this process were someone else.
        var trust = _trust.UserId == 0 && chown(root, 65534, 65534) == 0 ? _trust : new PathTrust(_trust.UserId + 1);

        var error = Assert.Throws<NativeRuntimeException>(() => ForEnvironment(trust, (PatchedLibraryCache.EnvironmentVariable, root)));

        Assert.Contains("belongs to user", error.Message);
    }

    [Fact]
    public void A_link_planted_where_the_cache_folder_goes_is_refused()
    {
        var cacheHome = Directory.CreateDirectory(_temp.PathOf("home/.cache")).FullName;
        var attacker = Directory.CreateDirectory(_temp.PathOf("attacker")).FullName;
        Directory.CreateSymbolicLink(Path.Combine(cacheHome, "denoising"), attacker);

        var error = Assert.Throws<NativeRuntimeException>(() => ForEnvironment(_trust, ("XDG_CACHE_HOME", cacheHome)));

        Assert.Contains("symbolic link", error.Message);
        Assert.Empty(Directory.GetFileSystemEntries(attacker));
    }

    [Fact]
    public void A_world_writable_cache_home_is_passed_over_for_the_home_folder()
    {
        var home = Directory.CreateDirectory(_temp.PathOf("home")).FullName;
        var shared = Directory.CreateDirectory(_temp.PathOf("shared")).FullName;
        File.SetUnixFileMode(shared, (UnixFileMode)0b111_111_111 | UnixFileMode.StickyBit);

        var cache = ForEnvironment(_trust, ("XDG_CACHE_HOME", shared), ("HOME", home));

        Assert.Equal(Path.Combine(home, ".cache", "denoising", "torchsharp-native"), cache.RootDirectory);
        Assert.Empty(Directory.GetFileSystemEntries(shared));
    }

    [Fact]
    public void Without_a_safe_place_it_stops_naming_the_variable_and_creates_nothing()
    {
        var missingHome = Path.Combine(_temp.Path, "nonexistent");

        var error = Assert.Throws<NativeRuntimeException>(() => ForEnvironment(_trust, ("HOME", missingHome)));

        Assert.Contains(PatchedLibraryCache.EnvironmentVariable, error.Message);
        Assert.Contains($"'{missingHome}' does not exist", error.Message);
        Assert.False(Directory.Exists(missingHome));
    }

    [System.Runtime.InteropServices.DllImport("libc", SetLastError = true)]
    private static extern int chown(string path, int owner, int group);
}

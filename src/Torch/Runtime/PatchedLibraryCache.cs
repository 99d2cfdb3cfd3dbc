using System.Security.Cryptography;

namespace Denoising.Torch.Runtime;

/// <summary>
/// Stores derived copies of native libraries under a folder named by the SHA-256 of the original, so a copy is
/// written once per original and reused by every later process. Writes are atomic (temp file, then rename).
/// </summary>
internal sealed class PatchedLibraryCache(string rootDirectory)
{
    public const string EnvironmentVariable = "DENOISING_NATIVE_CACHE_DIR";

    public string RootDirectory { get; } = rootDirectory;

    /// <summary>
    /// $DENOISING_NATIVE_CACHE_DIR, else $XDG_CACHE_HOME/denoising/torchsharp-native, else
    /// ~/.cache/denoising/torchsharp-native, else the temp folder when there is no home.
    /// </summary>
    public static PatchedLibraryCache Default()
    {
        var explicitRoot = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrEmpty(explicitRoot))
            return new PatchedLibraryCache(explicitRoot);
        var cacheHome = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        if (string.IsNullOrEmpty(cacheHome))
        {
            var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
            cacheHome = string.IsNullOrEmpty(home) ? Path.GetTempPath() : Path.Combine(home, ".cache");
        }
        return new PatchedLibraryCache(Path.Combine(cacheHome, "denoising", "torchsharp-native"));
    }

    /// <summary>
    /// Path of the derived copy of <paramref name="originalPath"/>; <paramref name="derive"/> runs on the original's
    /// bytes and the copy is (re)written only when missing or different from what derive produces.
    /// </summary>
    public string GetOrCreate(string originalPath, Func<byte[], byte[]> derive)
    {
        var original = File.ReadAllBytes(originalPath);
        var derived = derive(original);
        var directory = Path.Combine(RootDirectory, Convert.ToHexStringLower(SHA256.HashData(original)));
        var target = Path.Combine(directory, Path.GetFileName(originalPath));
        if (File.Exists(target) && File.ReadAllBytes(target).AsSpan().SequenceEqual(derived))
            return target;

        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(originalPath)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllBytes(temporary, derived);
            File.Move(temporary, target, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
        return target;
    }
}

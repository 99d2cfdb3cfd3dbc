using System.Runtime.InteropServices;
using System.Security.Cryptography;
using Microsoft.Win32.SafeHandles;

namespace Denoising.Native;

/// <summary>
/// Stores derived copies of native libraries under a folder named by the SHA-256 of the original, so a copy is
/// written once per original and reused by every later process. What is stored here is loaded as code, so the cache
/// lives only in folders that no other user can change (<see cref="PathTrust"/>): every folder the cache creates has
/// mode 0700, a link planted in its place is refused, the copy is written atomically, and it is loaded through the
/// descriptor whose content was hashed (docs/security.md).
/// </summary>
internal sealed class PatchedLibraryCache
{
    public const string EnvironmentVariable = "DENOISING_NATIVE_CACHE_DIR";
    private static readonly string[] CacheSubfolders = ["denoising", "torchsharp-native"];
    private const UnixFileMode PrivateFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode PrivateFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private readonly PathTrust _trust;
    private readonly string? _trustedBase;

    /// <param name="rootDirectory">The cache folder; it must be private to the user (created 0700 when missing).</param>
    /// <param name="trust">Whose folders count as safe.</param>
    public PatchedLibraryCache(string rootDirectory, PathTrust trust)
        : this(Path.GetFullPath(rootDirectory), trust, trustedBase: null)
    {
    }

    private PatchedLibraryCache(string rootDirectory, PathTrust trust, string? trustedBase)
    {
        RootDirectory = rootDirectory;
        _trust = trust;
        _trustedBase = trustedBase;
    }

    public string RootDirectory { get; }

    /// <summary>
    /// $DENOISING_NATIVE_CACHE_DIR when set (the folder itself, private to the user); else
    /// $XDG_CACHE_HOME/denoising/torchsharp-native, else ~/.cache/denoising/torchsharp-native. Never a temporary or
    /// shared folder.
    /// </summary>
    /// <exception cref="NativeRuntimeException">No candidate is safe; the message says why for each.</exception>
    public static PatchedLibraryCache ForCurrentUser(PathTrust trust, Func<string, string?> environment)
    {
        if (environment(EnvironmentVariable) is { Length: > 0 } explicitRoot)
        {
            var cache = new PatchedLibraryCache(explicitRoot, trust);
            return cache.PrepareProblem() is { } problem
                ? throw NoSafePlace([$"{EnvironmentVariable}={explicitRoot}: {problem}"])
                : cache;
        }
        var problems = new List<string>();
        foreach (var (origin, cacheHome) in CacheHomes(environment))
        {
            var cache = new PatchedLibraryCache(Path.Combine([cacheHome, .. CacheSubfolders]), trust, Path.GetFullPath(cacheHome));
            if (cache.PrepareProblem() is not { } problem)
                return cache;
            problems.Add($"{origin}: {problem}");
        }
        throw NoSafePlace(problems);
    }

    private static IEnumerable<(string Origin, string CacheHome)> CacheHomes(Func<string, string?> environment)
    {
        if (environment("XDG_CACHE_HOME") is { Length: > 0 } xdg && Path.IsPathFullyQualified(xdg))
            yield return ($"XDG_CACHE_HOME={xdg}", xdg);
        if (environment("HOME") is { Length: > 0 } home && Path.IsPathFullyQualified(home))
            yield return ($"HOME={home}", Path.Combine(home, ".cache"));
    }

    private static NativeRuntimeException NoSafePlace(IReadOnlyList<string> problems) => new(
        "No safe folder for the patched copy of TorchSharp's native library (it is loaded as code, so it is kept only " +
        "where no other user can change it). " +
        (problems.Count == 0 ? "Neither XDG_CACHE_HOME nor HOME is set. " : "Tried: " + string.Join("; ", problems) + ". ") +
        $"Set {EnvironmentVariable} to a folder of your own with mode 0700 (it is created if its parent exists).");

    /// <summary>
    /// The derived copy of <paramref name="originalPath"/>, checked and held open: <paramref name="derive"/> runs on the
    /// original's bytes; the copy is (re)written when missing or different, then its SHA-256 is checked through the
    /// descriptor that will be loaded.
    /// </summary>
    /// <exception cref="NativeRuntimeException">The cache folder or the copy is unsafe, or its content does not match.</exception>
    public VerifiedLibrary GetOrCreate(string originalPath, Func<byte[], byte[]> derive)
    {
        var original = File.ReadAllBytes(originalPath);
        var derived = derive(original);
        var expectedHash = SHA256.HashData(derived);
        if (PrepareProblem() is { } rootProblem)
            throw new NativeRuntimeException($"The native library cache {RootDirectory} is not safe: {rootProblem}.");
        var directory = Path.Combine(RootDirectory, Convert.ToHexStringLower(SHA256.HashData(original)));
        if (EnsurePrivateFolder(directory) is { } problem)
            throw new NativeRuntimeException($"The native library cache is not safe: {problem}.");
        var target = Path.Combine(directory, Path.GetFileName(originalPath));

        // A copy with other content (damaged, or from an older patch) is rewritten.
        if (UnixFileStatus.OfPath(target) is { Kind: UnixFileKind.File } && OpenVerified(target, expectedHash, out _) is { } existing)
            return existing;
        AtomicFile.WriteAllBytes(target, derived, PrivateFile);
        return OpenVerified(target, expectedHash, out var reason)
               ?? throw new NativeRuntimeException($"The patched library {target} changed after it was written ({reason}); it was not loaded.");
    }

    /// <summary>
    /// Opens <paramref name="path"/> without following a link, checks that it is a regular file of the user's that no
    /// one else may write, and hashes its content through that descriptor.
    /// </summary>
    /// <returns>The open, checked file; null (with <paramref name="mismatch"/>) when the content differs.</returns>
    /// <exception cref="NativeRuntimeException">The file is a link, not the user's, or writable by others.</exception>
    public VerifiedLibrary? OpenVerified(string path, byte[] expectedSha256, out string? mismatch)
    {
        var handle = OpenNoFollow(path);
        try
        {
            var status = UnixFileStatus.OfHandle(handle, path);
            if (status.Kind != UnixFileKind.File || status.OwnerId != _trust.UserId || status.WritableByOthers)
                throw new NativeRuntimeException(
                    $"'{path}' is not a regular file of this user's that only this user may write; it was not loaded.");
            var actual = Sha256(handle);
            if (!actual.AsSpan().SequenceEqual(expectedSha256))
            {
                mismatch = $"SHA-256 {Convert.ToHexStringLower(actual)}, expected {Convert.ToHexStringLower(expectedSha256)}";
                handle.Dispose();
                return null;
            }
            mismatch = null;
            return new VerifiedLibrary(path, handle);
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    /// <summary>Makes sure the cache root exists and is safe; returns why not, or null.</summary>
    private string? PrepareProblem()
    {
        if (_trustedBase is null)
            return EnsurePrivateFolder(RootDirectory);
        if (UnixFileStatus.OfPath(_trustedBase) is null && TryCreateFolder(_trustedBase) is { } createProblem)
            return createProblem;
        if (_trust.FindProblem(_trustedBase, mustBePrivate: false) is { } baseProblem)
            return baseProblem;
        var folder = _trustedBase;
        foreach (var name in CacheSubfolders)
        {
            folder = Path.Combine(folder, name);
            if (EnsurePrivateFolder(folder) is { } problem)
                return problem;
        }
        return null;
    }

    /// <summary>Creates <paramref name="folder"/> with mode 0700 when missing (never its parents) and checks it.</summary>
    private string? EnsurePrivateFolder(string folder)
    {
        var status = UnixFileStatus.OfPath(folder);
        if (status is null && TryCreateFolder(folder) is { } createProblem)
            return createProblem;
        // Earlier versions created these folders 0755. One of the user's own that nobody else could write is safe to
        // keep: tighten it to 0700 rather than refuse it.
        if (status is { Kind: UnixFileKind.Directory, WritableByOthers: false, IsPrivate: false } && status.Value.OwnerId == _trust.UserId
            && !OperatingSystem.IsWindows())
            File.SetUnixFileMode(folder, PrivateFolder);
        return _trust.FindProblem(folder, mustBePrivate: true);
    }

    private static string? TryCreateFolder(string folder)
    {
        var parent = Path.GetDirectoryName(folder);
        if (parent is null || UnixFileStatus.OfPath(parent) is null)
            return $"'{parent}' does not exist";
        try
        {
            // The patch is needed on Linux only; elsewhere no cache is ever made.
            if (OperatingSystem.IsWindows())
                return "private folders are not supported on Windows";
            Directory.CreateDirectory(folder, PrivateFolder);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"'{folder}' cannot be created: {e.Message}";
        }
    }

    private static byte[] Sha256(SafeFileHandle handle)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[1 << 16];
        long offset = 0;
        int read;
        while ((read = RandomAccess.Read(handle, buffer, offset)) > 0)
        {
            hash.AppendData(buffer, 0, read);
            offset += read;
        }
        return hash.GetHashAndReset();
    }

    private static SafeFileHandle OpenNoFollow(string path)
    {
        // O_NOFOLLOW differs between architectures; O_CLOEXEC does not (02000000).
        var noFollow = RuntimeInformation.ProcessArchitecture switch
        {
            Architecture.X64 or Architecture.X86 => 0x20000,
            Architecture.Arm64 or Architecture.Arm => 0x8000,
            var other => throw new PlatformNotSupportedException($"Opening without following links is not set up for {other}."),
        };
        const int ReadOnly = 0, CloseOnExec = 0x80000;
        var descriptor = open(path, ReadOnly | noFollow | CloseOnExec);
        if (descriptor < 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            const int TooManyLinks = 40; // ELOOP: the last component is a link
            throw new NativeRuntimeException(errno == TooManyLinks
                ? $"'{path}' is a symbolic link; it was not loaded."
                : $"'{path}' cannot be opened: {Marshal.GetPInvokeErrorMessage(errno)}.");
        }
        return new SafeFileHandle((IntPtr)descriptor, ownsHandle: true);
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);
}

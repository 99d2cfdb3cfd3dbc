using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.InteropServices;
using Microsoft.Extensions.Logging;
using TorchSharp;

namespace Denoising.Native;

/// <summary>
/// Loads libtorch and TorchSharp's glue library by full path and hands the handles to TorchSharp through its
/// assembly's DllImport resolver. TorchSharp's own loader (torch.LoadNativeBackend) asks
/// <c>NativeLibrary.TryLoad("torch_cpu"/"torch_cuda"/"LibTorchSharp", typeof(torch).Assembly, ...)</c>, which
/// consults that resolver, so it gets these handles instead of probing the application folder.
/// </summary>
internal static class TorchNativeLoader
{
    // Order matters: each is loaded after the libraries it needs, so the loader finds them by soname.
    private static readonly string[] LibTorchFiles =
        ["libc10.so", "libc10_cuda.so", "libtorch_cpu.so", "libtorch_cuda.so", "libtorch.so"];

    private static readonly ConcurrentDictionary<string, IntPtr> HandlesByImportName = new(StringComparer.Ordinal);
    private static bool _resolverRegistered;

    /// <summary>Loads everything once; returns the path of the glue library that was loaded.</summary>
    /// <remarks>Callers serialise calls; a failed attempt may be retried.</remarks>
    public static string Load(ILogger logger)
    {
        if (!_resolverRegistered)
        {
            // Until a library is loaded here the resolver returns zero, which lets the runtime probe as usual.
            NativeLibrary.SetDllImportResolver(typeof(torch).Assembly, Resolve);
            _resolverRegistered = true;
        }
        var libTorchDirectory = NativeLibraryLocator.FindLibTorchDirectory();
        foreach (var file in LibTorchFiles)
        {
            var path = Path.Combine(libTorchDirectory, file);
            if (File.Exists(path))
                HandlesByImportName[ImportName(file)] = NativeLibrary.Load(path);
        }

        var shipped = NativeLibraryLocator.FindLibTorchSharp(libTorchDirectory);
        var (handle, loadedPath) = LoadLibTorchSharp(shipped, logger);
        HandlesByImportName["LibTorchSharp"] = handle;
        logger.LogDebug("Loaded libtorch from {LibTorchDirectory} and TorchSharp's glue from {LibTorchSharp}", libTorchDirectory, loadedPath);
        return loadedPath;
    }

    private static (IntPtr Handle, string Path) LoadLibTorchSharp(string shipped, ILogger logger)
    {
        if (NativeLibrary.TryLoad(shipped, out var handle))
            return (handle, shipped);

        var libStdCxx = LibStdCxx.Locate()
            ?? throw new DllNotFoundException($"'{shipped}' did not load and no libstdc++.so.6 was found to check why.");
        var requirements = ElfSymbolVersions.ReadRequirements(ElfFile.Parse(File.ReadAllBytes(shipped), shipped));
        var plan = LibStdCxxPatchPlan.Create(requirements, LibStdCxx.ProvidedVersions(libStdCxx));
        if (plan.UnfixableVersions.Count > 0)
            throw new DllNotFoundException(
                $"'{shipped}' needs {string.Join(", ", plan.UnfixableVersions)} from libstdc++, which '{libStdCxx}' lacks. " +
                "Install a newer libstdc++ (GCC 13 or later).");
        if (!plan.IsNeeded)
        {
            // The failure has another cause: load again to surface the loader's own message.
            return (NativeLibrary.Load(shipped), shipped);
        }

        var cache = PatchedLibraryCache.ForCurrentUser(PathTrust.ForCurrentUser(), Environment.GetEnvironmentVariable);
        using var patched = cache.GetOrCreate(shipped, bytes =>
            ElfVersionPatcher.MarkWeak(bytes, shipped, LibStdCxxPatchPlan.LibraryName, plan.VersionsToWeaken));
        logger.LogDebug(
            "{Library} needs {Versions}, which '{LibStdCxx}' lacks; loading a copy with that requirement marked weak: {Patched}",
            NativeLibraryLocator.LibTorchSharpFileName, string.Join(", ", plan.VersionsToWeaken), libStdCxx, patched.Path);
        // Loaded through the descriptor whose content was just hashed; the handle may close once the loader mapped it.
        return (NativeLibrary.Load(patched.LoadPath), patched.Path);
    }

    private static IntPtr Resolve(string libraryName, Assembly assembly, DllImportSearchPath? searchPath) =>
        HandlesByImportName.TryGetValue(ImportName(libraryName), out var handle) ? handle : IntPtr.Zero;

    /// <summary>"libtorch_cpu.so" and "torch_cpu" both map to "torch_cpu".</summary>
    private static string ImportName(string name)
    {
        var file = Path.GetFileName(name);
        if (file.EndsWith(".so", StringComparison.Ordinal))
            file = file[..^3];
        return file.StartsWith("lib", StringComparison.Ordinal) ? file[3..] : file;
    }
}

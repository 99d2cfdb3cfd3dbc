using System.Runtime.InteropServices;
using TorchSharp;

namespace Denoising.Native;

/// <summary>Finds the libtorch native folder and TorchSharp's glue library (libLibTorchSharp.so).</summary>
internal static class NativeLibraryLocator
{
    /// <summary>AppContext switch set by a project that does not copy libtorch into its output (the tests do).</summary>
    public const string LibTorchDirectoryKey = "Denoising.LibTorchDirectory";
    public const string LibTorchDirectoryVariable = "DENOISING_LIBTORCH_DIR";
    public const string LibTorchSharpFileName = "libLibTorchSharp.so";
    private const string MarkerFileName = "libtorch_cpu.so";

    /// <summary>
    /// The first folder holding libtorch_cpu.so among: the application folder (the host ships libtorch flat),
    /// AppContext data "Denoising.LibTorchDirectory", environment variable DENOISING_LIBTORCH_DIR.
    /// </summary>
    public static string FindLibTorchDirectory()
    {
        var candidates = new List<(string Origin, string? Directory)>
        {
            ("application folder", AppContext.BaseDirectory),
            ($"AppContext data '{LibTorchDirectoryKey}'", AppContext.GetData(LibTorchDirectoryKey) as string),
            ($"environment variable {LibTorchDirectoryVariable}", Environment.GetEnvironmentVariable(LibTorchDirectoryVariable)),
        };
        foreach (var (_, directory) in candidates)
        {
            if (!string.IsNullOrEmpty(directory) && File.Exists(Path.Combine(directory, MarkerFileName)))
                return Path.GetFullPath(directory);
        }
        var tried = string.Join("; ", candidates.Select(c => $"{c.Origin} = '{c.Directory ?? "(unset)"}'"));
        throw new DllNotFoundException(
            $"libtorch native libraries ({MarkerFileName}) were not found. Looked in: {tried}. " +
            $"Reference TorchSharp-cpu (or a CUDA package) in the application, or set {LibTorchDirectoryVariable} " +
            "to the folder that holds libtorch_cpu.so.");
    }

    /// <summary>libLibTorchSharp.so next to the application, next to libtorch, or in TorchSharp's package folder.</summary>
    public static string FindLibTorchSharp(string libTorchDirectory)
    {
        var torchSharpDirectory = Path.GetDirectoryName(typeof(torch).Assembly.Location) ?? AppContext.BaseDirectory;
        string[] candidates =
        [
            Path.Combine(AppContext.BaseDirectory, LibTorchSharpFileName),
            Path.Combine(libTorchDirectory, LibTorchSharpFileName),
            // NuGet layout: torchsharp/<version>/lib/<tfm>/TorchSharp.dll and torchsharp/<version>/runtimes/<rid>/native/.
            Path.Combine(torchSharpDirectory, "..", "..", "runtimes", RuntimeInformation.RuntimeIdentifier, "native", LibTorchSharpFileName),
        ];
        return candidates.Select(Path.GetFullPath).FirstOrDefault(File.Exists)
            ?? throw new DllNotFoundException($"{LibTorchSharpFileName} was not found. Looked at: {string.Join(", ", candidates.Select(Path.GetFullPath))}.");
    }
}

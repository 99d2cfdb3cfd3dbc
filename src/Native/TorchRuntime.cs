using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using TorchSharp;

namespace Denoising.Native;

/// <summary>
/// Process-wide native setup for TorchSharp, done by the host once before any component exists: applies the memory
/// policy, then loads libtorch and TorchSharp's glue library, patching a private copy of the glue when the system's
/// libstdc++ is too old for it (Debian 12, Ubuntu 22.04). Safe to call from any thread, any number of times.
/// Plugins never call it: they use TorchSharp, which finds the backend loaded.
/// </summary>
public static class TorchRuntime
{
    private static readonly Lock Gate = new();
    private static volatile bool _loaded;
    private static NativeMemoryPolicy _appliedMemoryPolicy;

    /// <summary>The glue library in use: the shipped file, or its patched copy in the cache.</summary>
    internal static string? LoadedLibTorchSharpPath { get; private set; }

    /// <summary>
    /// Allocator tuning used when the caller names none. Adaptive because benchmarks/Denoising.Benchmarks (figures in
    /// its README) found no fixed glibc setting that keeps both seed models flat and fast: the heap is fastest for the
    /// convolutional model and grows without bound for the dense one.
    /// </summary>
    public const NativeMemoryPolicy DefaultMemoryPolicy = NativeMemoryPolicy.Adaptive;

    /// <summary>Loads the native backend once (with <see cref="DefaultMemoryPolicy"/>); later calls return at once.</summary>
    /// <exception cref="NativeRuntimeException">The backend cannot be set up on this machine.</exception>
    public static void EnsureLoaded(ILogger? logger = null) => EnsureLoaded(DefaultMemoryPolicy, logger);

    /// <summary>
    /// Loads the native backend once. The memory policy is applied first, before libtorch allocates; the first call
    /// decides it, and the environment variable DENOISING_MEMORY_POLICY overrides it.
    /// </summary>
    /// <exception cref="NativeRuntimeException">The backend cannot be set up on this machine.</exception>
    public static void EnsureLoaded(NativeMemoryPolicy memoryPolicy, ILogger? logger = null)
    {
        logger ??= NullLogger.Instance;
        if (_loaded)
        {
            WarnIfPolicyDiffers(memoryPolicy, logger);
            return;
        }
        lock (Gate)
        {
            if (_loaded)
            {
                WarnIfPolicyDiffers(memoryPolicy, logger);
                return;
            }
            try
            {
                _appliedMemoryPolicy = NativeMemoryTuning.Resolve(memoryPolicy);
                NativeMemoryTuning.Apply(_appliedMemoryPolicy, logger);
                LoadedLibTorchSharpPath = TorchNativeLoader.Load(logger);
                torch.InitializeDeviceType(DeviceType.CPU);
            }
            catch (Exception e) when (e is DllNotFoundException or ArgumentException or IOException or UnauthorizedAccessException or InvalidDataException or PlatformNotSupportedException)
            {
                throw new NativeRuntimeException($"TorchSharp's native backend could not be set up: {e.Message}", e);
            }
            _loaded = true;
        }
    }

    private static void WarnIfPolicyDiffers(NativeMemoryPolicy requested, ILogger logger)
    {
        if (NativeMemoryTuning.Resolve(requested) != _appliedMemoryPolicy)
            logger.LogWarning("Memory policy {Requested} ignored: the native backend was already loaded with {Applied}", requested, _appliedMemoryPolicy);
    }

    /// <summary>
    /// Hands memory that glibc malloc holds free back to the kernel (malloc_trim). Cheap enough to call once per
    /// epoch; does nothing on non-glibc systems.
    /// </summary>
    /// <returns>True when some memory was released.</returns>
    public static bool ReleaseFreeMemory() => GlibcMalloc.Trim();
}

using Denoising.Abstractions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using TorchSharp;

namespace Denoising.Torch.Runtime;

/// <summary>
/// Process-wide TorchSharp setup. Call <c>EnsureInitialized</c> (or <c>EnsureLoaded</c>) before the
/// first TorchSharp call: it loads libtorch and TorchSharp's glue library, patching a private copy of the glue when
/// the system's libstdc++ is too old for it (Debian 12, Ubuntu 22.04). Safe to call from any thread, any number of times.
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
    public static void EnsureLoaded(ILogger? logger = null) => EnsureLoaded(DefaultMemoryPolicy, logger);

    /// <summary>
    /// Loads the native backend once. The memory policy is applied first, before libtorch allocates; the first call
    /// decides it, and the environment variable DENOISING_MEMORY_POLICY overrides it.
    /// </summary>
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
            _appliedMemoryPolicy = NativeMemoryTuning.Resolve(memoryPolicy);
            NativeMemoryTuning.Apply(_appliedMemoryPolicy, logger);
            LoadedLibTorchSharpPath = TorchNativeLoader.Load(logger);
            torch.InitializeDeviceType(DeviceType.CPU);
            _loaded = true;
        }
    }

    private static void WarnIfPolicyDiffers(NativeMemoryPolicy requested, ILogger logger)
    {
        if (NativeMemoryTuning.Resolve(requested) != _appliedMemoryPolicy)
            logger.LogWarning("Memory policy {Requested} ignored: the native backend was already loaded with {Applied}", requested, _appliedMemoryPolicy);
    }

    /// <summary>
    /// Loads the native backend, applies <see cref="RuntimeSettings.Threads"/> (when above 0) and returns the device
    /// named by <see cref="RuntimeSettings.Device"/> (cpu, cuda, cuda:N).
    /// </summary>
    /// <exception cref="ArgumentException">The device text or thread count is malformed.</exception>
    /// <exception cref="InvalidOperationException">CUDA was asked for but is not available.</exception>
    public static torch.Device EnsureInitialized(RuntimeSettings settings, ILogger? logger = null) =>
        EnsureInitialized(settings, DefaultMemoryPolicy, logger);

    /// <inheritdoc cref="EnsureInitialized(RuntimeSettings, ILogger?)"/>
    /// <param name="memoryPolicy">Allocator tuning; the first call that loads the backend decides it.</param>
    public static torch.Device EnsureInitialized(RuntimeSettings settings, NativeMemoryPolicy memoryPolicy, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var device = TorchDeviceRequest.Parse(settings.Device);
        if (settings.Threads < 0)
            throw new ArgumentOutOfRangeException(nameof(settings), settings.Threads, "Runtime threads must be 0 (library default) or a positive count.");

        EnsureLoaded(memoryPolicy, logger);
        lock (Gate)
        {
            if (settings.Threads > 0 && torch.get_num_threads() != settings.Threads)
                torch.set_num_threads(settings.Threads);
        }
        return device.Resolve();
    }

    /// <summary>
    /// Hands memory that glibc malloc holds free back to the kernel (malloc_trim). Cheap enough to call once per
    /// epoch; does nothing on non-glibc systems.
    /// </summary>
    /// <returns>True when some memory was released.</returns>
    public static bool ReleaseFreeMemory() => GlibcMalloc.Trim();
}

using Denoising.Abstractions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using TorchSharp;

namespace Denoising.Torch.Runtime;

/// <summary>
/// Process-wide TorchSharp setup. Call <see cref="EnsureInitialized"/> (or <see cref="EnsureLoaded"/>) before the
/// first TorchSharp call: it loads libtorch and TorchSharp's glue library, patching a private copy of the glue when
/// the system's libstdc++ is too old for it (Debian 12, Ubuntu 22.04). Safe to call from any thread, any number of times.
/// </summary>
public static class TorchRuntime
{
    private static readonly Lock Gate = new();
    private static volatile bool _loaded;

    /// <summary>The glue library in use: the shipped file, or its patched copy in the cache.</summary>
    internal static string? LoadedLibTorchSharpPath { get; private set; }

    /// <summary>Loads the native backend once; later calls return at once.</summary>
    public static void EnsureLoaded(ILogger? logger = null)
    {
        if (_loaded)
            return;
        lock (Gate)
        {
            if (_loaded)
                return;
            LoadedLibTorchSharpPath = TorchNativeLoader.Load(logger ?? NullLogger.Instance);
            torch.InitializeDeviceType(DeviceType.CPU);
            _loaded = true;
        }
    }

    /// <summary>
    /// Loads the native backend, applies <see cref="RuntimeSettings.Threads"/> (when above 0) and returns the device
    /// named by <see cref="RuntimeSettings.Device"/> (cpu, cuda, cuda:N).
    /// </summary>
    /// <exception cref="ArgumentException">The device text or thread count is malformed.</exception>
    /// <exception cref="InvalidOperationException">CUDA was asked for but is not available.</exception>
    public static torch.Device EnsureInitialized(RuntimeSettings settings, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var device = TorchDeviceRequest.Parse(settings.Device);
        if (settings.Threads < 0)
            throw new ArgumentOutOfRangeException(nameof(settings), settings.Threads, "Runtime threads must be 0 (library default) or a positive count.");

        EnsureLoaded(logger);
        lock (Gate)
        {
            if (settings.Threads > 0 && torch.get_num_threads() != settings.Threads)
                torch.set_num_threads(settings.Threads);
        }
        return device.Resolve();
    }
}

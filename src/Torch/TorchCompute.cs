using Denoising.Abstractions;
using TorchSharp;

namespace Denoising.Torch;

/// <summary>Applies the experiment's <see cref="RuntimeSettings"/> to TorchSharp: the thread count and the device.</summary>
public static class TorchCompute
{
    private static readonly Lock Gate = new();

    /// <summary>
    /// Sets the intra-op thread count (when above 0) and returns the device named by
    /// <see cref="RuntimeSettings.Device"/> (cpu, cuda, cuda:N). The host has loaded the native backend by then.
    /// </summary>
    /// <exception cref="ArgumentException">The device text or thread count is malformed.</exception>
    /// <exception cref="InvalidOperationException">CUDA was asked for but is not available.</exception>
    public static torch.Device Apply(RuntimeSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var device = TorchDeviceRequest.Parse(settings.Device);
        if (settings.Threads < 0)
            throw new ArgumentOutOfRangeException(nameof(settings), settings.Threads, "Runtime threads must be 0 (library default) or a positive count.");
        lock (Gate)
        {
            if (settings.Threads > 0 && torch.get_num_threads() != settings.Threads)
                torch.set_num_threads(settings.Threads);
        }
        return device.Resolve();
    }
}

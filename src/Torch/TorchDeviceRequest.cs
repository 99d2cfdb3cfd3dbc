using TorchSharp;

namespace Denoising.Torch;

/// <summary>A parsed runtime device setting: cpu, cuda or cuda:N.</summary>
internal sealed record TorchDeviceRequest(string Text, DeviceType Type, int Index)
{
    /// <summary>Checks the syntax only, so a typo is reported before any native library loads.</summary>
    public static TorchDeviceRequest Parse(string? text)
    {
        var value = text?.Trim().ToLowerInvariant() ?? "";
        if (value == "cpu")
            return new TorchDeviceRequest(value, DeviceType.CPU, -1);
        if (value == "cuda")
            return new TorchDeviceRequest(value, DeviceType.CUDA, -1);
        if (value.StartsWith("cuda:", StringComparison.Ordinal)
            && int.TryParse(value.AsSpan(5), System.Globalization.NumberStyles.None, null, out var index))
            return new TorchDeviceRequest(value, DeviceType.CUDA, index);
        throw new ArgumentException($"device '{text}' is not valid; expected 'cpu', 'cuda' or 'cuda:N' (N = GPU index).", nameof(text));
    }

    /// <summary>The TorchSharp device; needs the native backend loaded.</summary>
    public torch.Device Resolve()
    {
        if (Type == DeviceType.CPU)
            return torch.CPU;
        if (!torch.cuda.is_available())
            throw new InvalidOperationException(
                $"device '{Text}' asks for CUDA, which is not available here: this host was built with the CPU libtorch " +
                "(the default), or no NVIDIA GPU and driver were found. Build the host with -p:TorchBackend=cuda on a " +
                "machine with an NVIDIA driver (docs/gpu.md), or set device: cpu (--set device=cpu; apply: --device cpu).");
        var count = torch.cuda.device_count();
        if (Index >= count)
            throw new InvalidOperationException(
                $"device '{Text}' asks for CUDA device {Index}, but only {count} exist (cuda:0 to cuda:{count - 1}); set device: cuda or one of those.");
        return Index < 0 ? torch.CUDA : torch.device(DeviceType.CUDA, Index);
    }
}

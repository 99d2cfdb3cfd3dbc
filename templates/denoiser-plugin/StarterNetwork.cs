using Denoising.Torch;
using static TorchSharp.torch;

namespace PluginProject;

/// <summary>
/// The network: maps a [N, C, H, W] batch in [0, 1] to one of the same size in [0, 1] (the sigmoid keeps the bce loss
/// usable). Replace it with your architecture.
/// </summary>
public static class StarterNetwork
{
    public static nn.Module<Tensor, Tensor> Create(ImageShape shape, StarterOptions options) =>
        nn.Sequential(
            ("conv0", nn.Conv2d(shape.Channels, options.Width, options.KernelSize, padding: options.KernelSize / 2)),
            ("relu0", nn.ReLU()),
            ("conv1", nn.Conv2d(options.Width, shape.Channels, options.KernelSize, padding: options.KernelSize / 2)),
            ("sigmoid", nn.Sigmoid()));
}

using Denoising.Abstractions;
using Denoising.Torch;
using static TorchSharp.torch;

namespace Denoising.Plugins.Residual;

/// <summary>
/// The U-Net denoiser: the input is zero-padded to a multiple of the coarsest level's stride and the output cropped back.
/// DRUNet's noise-level map input is left out: it needs the sigma of each image in training and denoising, which the
/// denoiser contract does not carry.
/// </summary>
public sealed class UNet(UNetOptions options, ComponentContext context) : NoisePredictingDenoiser<UNetOptions>(options, context)
{
    protected override nn.Module<Tensor, Tensor> CreateNetwork(ImageShape shape) =>
        new PadToMultiple(new UNetNetwork(shape.Channels, Options), UNetNetwork.SizeMultiple(Options.Channels.Length));
}

using Denoising.Abstractions;
using Denoising.Torch;
using static TorchSharp.torch;

namespace Denoising.Plugins.Residual;

/// <summary>
/// The U-Net denoiser. Any image size with the trained channels: the input is zero-padded to a multiple of the coarsest
/// level's stride and the output cropped back. DRUNet's noise-level map input is left out: it needs the sigma of each
/// image in training and denoising, which the denoiser contract does not carry.
/// </summary>
public sealed class UNet(UNetOptions options, ComponentContext context) : TorchDenoiser<UNetOptions>(options, context)
{
    protected override bool OutputIsBounded => false;

    protected override nn.Module<Tensor, Tensor> CreateNetwork(ImageShape shape) =>
        new PadToMultiple(new UNetNetwork(shape.Channels, Options), UNetNetwork.SizeMultiple(Options.Channels.Length));

    protected override bool Accepts(ImageShape networkShape, ImageShape imageShape) =>
        networkShape.Channels == imageShape.Channels;
}

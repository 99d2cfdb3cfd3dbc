using Denoising.Abstractions;
using Denoising.Torch;
using static TorchSharp.torch;

namespace Denoising.Plugins.Residual;

/// <summary>The DnCNN denoiser: the shared loop trains it; fully convolutional, so any size with the trained channels.</summary>
public sealed class DnCnn(DnCnnOptions options, ComponentContext context) : TorchDenoiser<DnCnnOptions>(options, context)
{
    protected override bool OutputIsBounded => false;

    protected override nn.Module<Tensor, Tensor> CreateNetwork(ImageShape shape) => new DnCnnNetwork(shape.Channels, Options);

    protected override bool Accepts(ImageShape networkShape, ImageShape imageShape) =>
        networkShape.Channels == imageShape.Channels;
}

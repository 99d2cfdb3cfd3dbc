using Denoising.Abstractions;
using Denoising.Torch;

namespace Denoising.Plugins.Residual;

/// <summary>
/// A fully convolutional network that predicts the noise and returns input - noise: its output is not bounded to
/// [0, 1] (so bce is refused and the output is clamped when denoising), and it takes any size with the trained channels.
/// </summary>
public abstract class NoisePredictingDenoiser<TOptions>(TOptions options, ComponentContext context)
    : TorchDenoiser<TOptions>(options, context) where TOptions : TorchDenoiserOptions
{
    protected override bool OutputIsBounded => false;

    protected override bool Accepts(ImageShape networkShape, ImageShape imageShape) =>
        networkShape.Channels == imageShape.Channels;
}

using Denoising.Abstractions;
using Denoising.Torch;
using static TorchSharp.torch;

namespace Denoising.Plugins.Residual;

/// <summary>The DnCNN denoiser; the shared loop trains it.</summary>
public sealed class DnCnn(DnCnnOptions options, ComponentContext context) : NoisePredictingDenoiser<DnCnnOptions>(options, context)
{
    protected override nn.Module<Tensor, Tensor> CreateNetwork(ImageShape shape) => new DnCnnNetwork(shape.Channels, Options);
}

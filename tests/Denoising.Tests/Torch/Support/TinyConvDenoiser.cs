using Denoising.Abstractions;
using Denoising.Torch;
using static TorchSharp.torch;

namespace Denoising.Tests.Torch.Support;

/// <summary>The smallest useful network for exercising <see cref="TorchDenoiser{TOptions}"/>: conv, ReLU, conv, sigmoid.</summary>
internal sealed class TinyConvDenoiser(TorchDenoiserOptions options, ComponentContext context)
    : TorchDenoiser<TorchDenoiserOptions>(options, context)
{
    public TinyConvDenoiser(ComponentContext? context = null, int inferenceBatchSize = 5)
        : this(new TorchDenoiserOptions { InferenceBatchSize = inferenceBatchSize }, context ?? TestContexts.Create())
    {
    }

    protected override nn.Module<Tensor, Tensor> CreateNetwork(ImageShape shape) => nn.Sequential(
        nn.Conv2d(shape.Channels, 8, 3, padding: 1),
        nn.ReLU(),
        nn.Conv2d(8, shape.Channels, 3, padding: 1),
        nn.Sigmoid());
}

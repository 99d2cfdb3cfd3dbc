using Denoising.Abstractions;
using Denoising.Torch;
using static TorchSharp.torch;

namespace Denoising.Plugins.DenseAE;

/// <summary>A fully connected denoising autoencoder; it works on one image size, the one it was trained on.</summary>
public sealed class DenseAutoencoder(DenseAutoencoderOptions options, ComponentContext context)
    : TorchDenoiser<DenseAutoencoderOptions>(options, context)
{
    protected override nn.Module<Tensor, Tensor> CreateNetwork(ImageShape shape) =>
        DenseAutoencoderNetwork.Create(shape, Options.Hidden);
}

using Denoising.Abstractions;
using Denoising.Torch;
using static TorchSharp.torch;

namespace Denoising.Plugins.ConvAE;

/// <summary>A convolutional denoising autoencoder; being fully convolutional it denoises any size with the trained channel count.</summary>
public sealed class ConvAutoencoder(ConvAutoencoderOptions options, ComponentContext context)
    : TorchDenoiser<ConvAutoencoderOptions>(options, context)
{
    protected override nn.Module<Tensor, Tensor> CreateNetwork(ImageShape shape) =>
        ConvAutoencoderNetwork.Create(shape, Options);

    protected override bool Accepts(ImageShape networkShape, ImageShape imageShape) =>
        networkShape.Channels == imageShape.Channels;
}

using Denoising.Abstractions;

namespace Denoising.Plugins.ConvAE;

public sealed class ConvAutoencoderPlugin : IDenoisingPlugin
{
    public const string Name = "conv-ae";

    public void Register(IComponentRegistry registry) =>
        registry.AddDenoiser<ConvAutoencoderOptions>(
            Name,
            "Convolutional denoising autoencoder (conv + max-pool encoder, upsampling decoder, sigmoid output); any image size.",
            (options, context) => new ConvAutoencoder(options, context));
}

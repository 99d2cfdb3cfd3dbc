using Denoising.Abstractions;

namespace Denoising.Plugins.DenseAE;

public sealed class DenseAutoencoderPlugin : IDenoisingPlugin
{
    public const string Name = "dense-ae";

    public void Register(IComponentRegistry registry) =>
        registry.AddDenoiser<DenseAutoencoderOptions>(
            Name,
            "Fully connected denoising autoencoder (flatten, ReLU hidden layers, sigmoid output) for one image size.",
            (options, context) => new DenseAutoencoder(options, context));
}

using TorchSharp;
using static TorchSharp.torch;

namespace Denoising.Benchmarks;

/// <summary>The two seed autoencoders and the shapes of their data.</summary>
internal static class SeedModels
{
    public const int ImageHeight = 50;
    public const int ImageWidth = 37;

    /// <summary>Dense autoencoder over flattened 50x37 images: 1850 -> 512 -> 1850.</summary>
    public static nn.Module<Tensor, Tensor> Dense() => nn.Sequential(
        ("encode", nn.Linear(ImageHeight * ImageWidth, 512)),
        ("encode_act", nn.ReLU()),
        ("decode", nn.Linear(512, ImageHeight * ImageWidth)),
        ("decode_act", nn.Sigmoid()));

    /// <summary>Convolutional autoencoder over 1x52x40 images (50x37 padded to a multiple of 4).</summary>
    public static nn.Module<Tensor, Tensor> Conv() => nn.Sequential(
        ("conv1", nn.Conv2d(1, 32, 3, padding: 1)),
        ("relu1", nn.ReLU()),
        ("pool1", nn.MaxPool2d(2)),
        ("conv2", nn.Conv2d(32, 32, 3, padding: 1)),
        ("relu2", nn.ReLU()),
        ("pool2", nn.MaxPool2d(2)),
        ("conv3", nn.Conv2d(32, 32, 3, padding: 1)),
        ("relu3", nn.ReLU()),
        ("up1", nn.Upsample(scale_factor: [2.0, 2.0])),
        ("conv4", nn.Conv2d(32, 32, 3, padding: 1)),
        ("relu4", nn.ReLU()),
        ("up2", nn.Upsample(scale_factor: [2.0, 2.0])),
        ("conv5", nn.Conv2d(32, 1, 3, padding: 1)),
        ("sigmoid", nn.Sigmoid()));
}

using TorchSharp;
using static TorchSharp.torch;

namespace Denoising.Benchmarks;

/// <summary>The two seed autoencoders, the DnCNN of the BSD68 benchmark, and the shapes of their data.</summary>
internal static class BenchmarkModels
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

    /// <summary>DnCNN patches: 40x40, noise sigma 25/255 unclipped (configs/benchmarks/bsd68-sigma25.yaml).</summary>
    public const int PatchSize = 40;

    /// <summary>
    /// DnCNN 10 layers x 32 channels with batch norm, as plugins/Residual lays it out (conv + ReLU, 8 x (conv + batch norm
    /// + ReLU), conv; biases everywhere; eps 1e-4); it predicts the noise, the caller subtracts it.
    /// </summary>
    public static nn.Module<Tensor, Tensor> DnCnn(int depth = 10, int width = 32)
    {
        var layers = new List<(string, nn.Module<Tensor, Tensor>)> { ("0", nn.Conv2d(1, width, 3, padding: 1)), ("1", nn.ReLU()) };
        for (var layer = 1; layer < depth - 1; layer++)
        {
            layers.Add(($"{layers.Count}", nn.Conv2d(width, width, 3, padding: 1)));
            layers.Add(($"{layers.Count}", nn.BatchNorm2d(width, eps: 1e-4)));
            layers.Add(($"{layers.Count}", nn.ReLU()));
        }
        layers.Add(($"{layers.Count}", nn.Conv2d(width, 1, 3, padding: 1)));
        return nn.Sequential(layers);
    }
}

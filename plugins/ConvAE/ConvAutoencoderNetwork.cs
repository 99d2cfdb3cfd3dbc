using Denoising.Torch;
using static TorchSharp.torch;

namespace Denoising.Plugins.ConvAE;

/// <summary>
/// Encoder levels of conv + ReLU + 2x2 max-pool, a conv + ReLU bottleneck, and a decoder that upsamples 2x per level
/// followed by conv + ReLU, the last level ending in a conv to the image channels + sigmoid. With channels [32, 32]:
/// conv 1-32, pool, conv 32-32, pool, conv 32-32, up, conv 32-32, up, conv 32-1, sigmoid.
/// </summary>
public static class ConvAutoencoderNetwork
{
    public static nn.Module<Tensor, Tensor> Create(ImageShape shape, ConvAutoencoderOptions options)
    {
        var channels = options.Channels;
        var layers = new List<(string, nn.Module<Tensor, Tensor>)>();
        long inputs = shape.Channels;
        for (var level = 0; level < channels.Length; level++)
        {
            layers.Add(($"encode{level}", Convolution(inputs, channels[level], options.KernelSize)));
            layers.Add(($"encode{level}_relu", nn.ReLU()));
            layers.Add(($"pool{level}", nn.MaxPool2d(2)));
            inputs = channels[level];
        }
        layers.Add(("bottleneck", Convolution(inputs, inputs, options.KernelSize)));
        layers.Add(("bottleneck_relu", nn.ReLU()));
        for (var level = channels.Length - 1; level >= 0; level--)
        {
            layers.Add(($"up{level}", Upsampling(options.Upsampling, inputs)));
            var last = level == 0;
            long outputs = last ? shape.Channels : channels[level - 1];
            layers.Add(($"decode{level}", Convolution(inputs, outputs, options.KernelSize)));
            layers.Add(last ? ("sigmoid", nn.Sigmoid()) : ($"decode{level}_relu", nn.ReLU()));
            inputs = outputs;
        }
        return new PadToMultiple(nn.Sequential(layers), 1L << channels.Length);
    }

    private static nn.Module<Tensor, Tensor> Convolution(long inputs, long outputs, int kernelSize) =>
        nn.Conv2d(inputs, outputs, kernelSize, padding: kernelSize / 2);

    private static nn.Module<Tensor, Tensor> Upsampling(string kind, long channels) => kind switch
    {
        "nearest" => nn.Upsample(scale_factor: [2.0, 2.0], mode: UpsampleMode.Nearest),
        "transposed" => nn.ConvTranspose2d(channels, channels, 2, stride: 2),
        _ => throw new ArgumentException($"Unknown upsampling '{kind}'; expected nearest or transposed.", nameof(kind)),
    };
}

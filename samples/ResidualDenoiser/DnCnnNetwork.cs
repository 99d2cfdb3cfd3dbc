using TorchSharp;
using static TorchSharp.torch;

namespace Denoising.Samples.ResidualDenoiser;

/// <summary>
/// DnCNN (Zhang et al., 2017): the layers estimate the noise, which is subtracted from the input; the result is clamped
/// to [0, 1]. Layers: conv + ReLU, depth - 2 x (conv + batch norm + ReLU), conv back to the image channels.
/// </summary>
public sealed class DnCnnNetwork : nn.Module<Tensor, Tensor>
{
    // TorchSharp names parameters after fields, so this one is "noise" in saved weights.
    private readonly nn.Module<Tensor, Tensor> noise;

    public DnCnnNetwork(long channels, DnCnnOptions options) : base(nameof(DnCnnNetwork))
    {
        ArgumentNullException.ThrowIfNull(options);
        noise = NoiseEstimator(channels, options.Width, options.Depth, options.KernelSize);
        RegisterComponents();
    }

    public override Tensor forward(Tensor input)
    {
        using var estimate = noise.call(input);
        using var residual = input - estimate;
        return residual.clamp(0, 1);
    }

    private static nn.Module<Tensor, Tensor> NoiseEstimator(long channels, long width, int depth, int kernelSize)
    {
        var layers = new List<(string, nn.Module<Tensor, Tensor>)>
        {
            ("conv0", Convolution(channels, width, kernelSize, bias: true)),
            ("relu0", nn.ReLU()),
        };
        for (var layer = 1; layer < depth - 1; layer++)
        {
            // No bias: the batch norm that follows has its own shift.
            layers.Add(($"conv{layer}", Convolution(width, width, kernelSize, bias: false)));
            layers.Add(($"norm{layer}", nn.BatchNorm2d(width)));
            layers.Add(($"relu{layer}", nn.ReLU()));
        }
        layers.Add(($"conv{depth - 1}", Convolution(width, channels, kernelSize, bias: false)));
        return nn.Sequential(layers);
    }

    private static nn.Module<Tensor, Tensor> Convolution(long inputs, long outputs, int kernelSize, bool bias) =>
        nn.Conv2d(inputs, outputs, kernelSize, padding: kernelSize / 2, bias: bias);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            noise.Dispose();
        base.Dispose(disposing);
    }
}

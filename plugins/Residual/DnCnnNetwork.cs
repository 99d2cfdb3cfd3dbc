using Denoising.Torch.Onnx;
using TorchSharp;
using static TorchSharp.torch;

namespace Denoising.Plugins.Residual;

/// <summary>
/// DnCNN (Zhang et al. 2017) laid out as KAIR's <c>DnCNN</c>, so its weights map by name: one flat sequence
/// <c>model</c> of conv + ReLU, depth - 2 x (conv + batch norm + ReLU), conv, every conv with a bias and batch norm with
/// eps 1e-4; the layers estimate the noise and the output is input - noise. The output is not clamped, so mse and l1
/// keep their gradient everywhere; the shared loop clamps it to [0, 1] when denoising and validating.
/// </summary>
public sealed class DnCnnNetwork : nn.Module<Tensor, Tensor>, IOnnxExportable
{
    private const int KernelSize = 3;
    private const double BatchNormEpsilon = 1e-4;

    // TorchSharp names parameters after fields and layer names: "model.0.weight", as in KAIR's state dict.
    private readonly nn.Module<Tensor, Tensor> model;

    public DnCnnNetwork(long channels, DnCnnOptions options) : base(nameof(DnCnnNetwork))
    {
        ArgumentNullException.ThrowIfNull(options);
        var layers = new List<nn.Module<Tensor, Tensor>> { Convolution(channels, options.Width), nn.ReLU() };
        for (var layer = 1; layer < options.Depth - 1; layer++)
        {
            layers.Add(Convolution(options.Width, options.Width));
            if (options.BatchNorm)
                layers.Add(nn.BatchNorm2d(options.Width, eps: BatchNormEpsilon));
            layers.Add(nn.ReLU());
        }
        layers.Add(Convolution(options.Width, channels));
        model = nn.Sequential(layers.Select((layer, index) => (index.ToString(System.Globalization.CultureInfo.InvariantCulture), layer)));
        RegisterComponents();
    }

    public override Tensor forward(Tensor input)
    {
        using var noise = model.call(input);
        return input - noise;
    }

    public string AddTo(IOnnxGraph graph, string input, string scope)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var noise = graph.Add(model, input, OnnxScope.Child(scope, nameof(model)));
        return graph.Node("Sub", [input, noise]);
    }

    private static nn.Module<Tensor, Tensor> Convolution(long inputs, long outputs) =>
        nn.Conv2d(inputs, outputs, KernelSize, padding: KernelSize / 2);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            model.Dispose();
        base.Dispose(disposing);
    }
}

using Denoising.Torch.Onnx;
using static TorchSharp.torch;

namespace Denoising.Plugins.Residual;

/// <summary>x + conv(ReLU(conv(x))), 3x3 convolutions without bias, as DRUNet's ResBlock.</summary>
public sealed class ResidualBlock : nn.Module<Tensor, Tensor>, IOnnxExportable
{
    private readonly nn.Module<Tensor, Tensor> body;

    public ResidualBlock(long channels) : base(nameof(ResidualBlock))
    {
        body = nn.Sequential(
            nn.Conv2d(channels, channels, 3, padding: 1, bias: false),
            nn.ReLU(),
            nn.Conv2d(channels, channels, 3, padding: 1, bias: false));
        RegisterComponents();
    }

    public override Tensor forward(Tensor input)
    {
        using var change = body.call(input);
        return input + change;
    }

    public string AddTo(IOnnxGraph graph, string input, string scope)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var change = graph.Add(body, input, OnnxScope.Child(scope, nameof(body)));
        return graph.Node("Add", [input, change]);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            body.Dispose();
        base.Dispose(disposing);
    }
}

using static TorchSharp.torch;

namespace Denoising.Plugins.Residual;

/// <summary>x + conv(ReLU(conv(x))), 3x3 convolutions without bias, as DRUNet's ResBlock.</summary>
public sealed class ResidualBlock : nn.Module<Tensor, Tensor>
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

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            body.Dispose();
        base.Dispose(disposing);
    }
}

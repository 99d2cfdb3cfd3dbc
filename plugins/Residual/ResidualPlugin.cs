using Denoising.Abstractions;

namespace Denoising.Plugins.Residual;

/// <summary>Registers the residual networks, which predict the noise and subtract it: <c>dncnn</c> and <c>unet</c>.</summary>
public sealed class ResidualPlugin : IDenoisingPlugin
{
    public const string DnCnnName = "dncnn";
    public const string UNetName = "unet";

    public void Register(IComponentRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        registry.AddDenoiser<DnCnnOptions>(
            DnCnnName,
            "DnCNN (Zhang et al. 2017, KAIR's layout): conv + ReLU, depth - 2 x (conv + batch norm + ReLU), conv; predicts the noise. Train with loss mse or l1.",
            (options, context) => new DnCnn(options, context));
        registry.AddDenoiser<UNetOptions>(
            UNetName,
            "U-Net of residual blocks (DRUNet family, small by default): strided-conv downsampling, transposed-conv upsampling, skip sums; predicts the noise. Train with loss mse or l1.",
            (options, context) => new UNet(options, context));
    }
}

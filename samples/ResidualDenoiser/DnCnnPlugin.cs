using Denoising.Abstractions;

namespace Denoising.Samples.ResidualDenoiser;

/// <summary>Entry point: the host creates it and registers <c>type: dncnn</c>.</summary>
public sealed class DnCnnPlugin : IDenoisingPlugin
{
    public const string Name = "dncnn";

    public void Register(IComponentRegistry registry) =>
        registry.AddDenoiser<DnCnnOptions>(
            Name,
            "DnCNN-style residual network (sample plugin): predicts the noise and subtracts it; train with loss mse or l1.",
            (options, context) => new DnCnnDenoiser(options, context));
}

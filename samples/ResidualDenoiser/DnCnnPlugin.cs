using Denoising.Abstractions;

namespace Denoising.Samples.ResidualDenoiser;

/// <summary>Entry point: the host creates it and registers <c>type: sample-dncnn</c> (the framework's own <c>dncnn</c> is in plugins/Residual).</summary>
public sealed class DnCnnPlugin : IDenoisingPlugin
{
    public const string Name = "sample-dncnn";

    public void Register(IComponentRegistry registry) =>
        registry.AddDenoiser<DnCnnOptions>(
            Name,
            "DnCNN-style residual network (sample plugin): predicts the noise and subtracts it; train with loss mse or l1.",
            (options, context) => new DnCnnDenoiser(options, context));
}

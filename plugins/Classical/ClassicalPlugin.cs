using Denoising.Abstractions;

namespace Denoising.Plugins.Classical;

/// <summary>Baselines that need no training, to score next to every learned denoiser.</summary>
public sealed class ClassicalPlugin : IDenoisingPlugin
{
    public void Register(IComponentRegistry registry)
    {
        registry.AddDenoiser<GaussianBlurOptions>("gaussian-blur",
            "Gaussian blur (separable, mirrored borders): the best classical baseline on Gaussian noise of small faces.",
            (options, _) => new GaussianBlurDenoiser(options.Sigma, options.Truncate));
        registry.AddDenoiser<MedianOptions>("median",
            "Median of each pixel's window (mirrored borders, scipy's median_filter): the best classical baseline on salt-and-pepper noise.",
            (options, _) => new MedianDenoiser(options.Size));
        registry.AddDenoiser<IdentityOptions>("identity",
            "Returns its input unchanged: the no-denoising baseline.",
            (_, _) => new IdentityDenoiser());
    }
}

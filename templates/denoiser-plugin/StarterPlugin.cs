using Denoising.Abstractions;

namespace PluginProject;

/// <summary>
/// Entry point: the host creates every public IDenoisingPlugin of the assembly and lets it register its components.
/// Configs then use the denoiser as <c>denoiser: { type: my-denoiser, ... }</c>.
/// </summary>
public sealed class StarterPlugin : IDenoisingPlugin
{
    public const string Name = "my-denoiser";

    public void Register(IComponentRegistry registry) =>
        registry.AddDenoiser<StarterOptions>(
            Name,
//#if (trainable)
            "Two-layer convolutional denoiser (conv + ReLU, conv + sigmoid).",
            (options, context) => new StarterDenoiser(options, context));
//#else
            "Box filter: each pixel becomes the mean of its size x size window, blended with the input by strength.",
            (options, _) => new StarterDenoiser(options));
//#endif
}

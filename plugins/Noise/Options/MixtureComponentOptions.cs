using System.ComponentModel;
using Denoising.Abstractions;

namespace Denoising.Plugins.Noise.Options;

/// <summary>One candidate of a <c>mixture</c>.</summary>
public sealed class MixtureComponentOptions
{
    [Description("Relative chance of picking this noise model (> 0); weights need not sum to 1.")]
    public double Weight { get; set; } = 1.0;

    [Description("The noise model, with its own type and options.")]
    public ComponentSpec<INoiseModel>? Noise { get; set; }
}

using Denoising.Abstractions;

namespace Denoising.Plugins.Noise.Models;

/// <summary>The identity corruption, for clean baselines: returns an unchanged copy.</summary>
public sealed class NoNoise : INoiseModel
{
    public Image Apply(Image clean, Random random) => clean.WithPixels((float[])clean.Pixels.Clone());

    public override string ToString() => "none";
}

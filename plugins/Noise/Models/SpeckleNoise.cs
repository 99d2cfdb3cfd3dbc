using Denoising.Abstractions;
using Denoising.Plugins.Noise.Sampling;

namespace Denoising.Plugins.Noise.Models;

/// <summary>Multiplicative noise: y = x + x * n, n ~ N(0, sigma^2), so brighter pixels get noisier.</summary>
public sealed class SpeckleNoise(NoiseLevel sigma, bool clip) : INoiseModel
{
    public NoiseLevel Sigma { get; } = sigma;
    public bool ClipToUnitRange { get; } = clip;

    public Image Apply(Image clean, Random random)
    {
        var level = (float)Sigma.Draw(random);
        var source = clean.Pixels;
        var noisy = new float[source.Length];
        GaussianSampler.FillStandardNormal(NoiseRandom.DeriveFrom(random), noisy);
        for (var i = 0; i < noisy.Length; i++)
            noisy[i] = source[i] * (1f + level * noisy[i]);
        if (ClipToUnitRange)
            PixelRange.Clip(noisy);
        return clean.WithPixels(noisy);
    }

    public override string ToString() => $"speckle(sigma={Sigma}, clip={ClipToUnitRange})";
}

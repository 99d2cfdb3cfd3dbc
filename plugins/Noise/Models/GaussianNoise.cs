using Denoising.Abstractions;
using Denoising.Plugins.Noise.Sampling;

namespace Denoising.Plugins.Noise.Models;

/// <summary>Additive white Gaussian noise: y = x + sigma * n, n ~ N(0, 1), per pixel and channel.</summary>
public sealed class GaussianNoise(NoiseLevel sigma, bool clip) : INoiseModel
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
            noisy[i] = source[i] + level * noisy[i];
        if (ClipToUnitRange)
            PixelRange.Clip(noisy);
        return clean.WithPixels(noisy);
    }

    public override string ToString() => $"gaussian(sigma={Sigma}, clip={ClipToUnitRange})";
}

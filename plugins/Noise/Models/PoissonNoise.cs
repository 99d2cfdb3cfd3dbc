using Denoising.Abstractions;
using Denoising.Plugins.Noise.Sampling;

namespace Denoising.Plugins.Noise.Models;

/// <summary>
/// Photon-count noise: y = Poisson(x * photons) / photons, so E[y] = x and Var[y] = x / photons.
/// </summary>
public sealed class PoissonNoise(NoiseLevel photons, bool clip) : INoiseModel
{
    public NoiseLevel Photons { get; } = photons;
    public bool ClipToUnitRange { get; } = clip;

    public Image Apply(Image clean, Random random)
    {
        var peak = Photons.Draw(random);
        if (!(peak > 0.0))
            throw new InvalidOperationException($"Poisson noise needs a photon count above 0; drew {peak} from {Photons}.");
        var source = clean.Pixels;
        var noisy = new float[source.Length];
        var pixelRandom = NoiseRandom.DeriveFrom(random);
        for (var i = 0; i < noisy.Length; i++)
            noisy[i] = (float)(PoissonSampler.Next(source[i] * peak, pixelRandom) / peak);
        if (ClipToUnitRange)
            PixelRange.Clip(noisy);
        return clean.WithPixels(noisy);
    }

    public override string ToString() => $"poisson(photons={Photons}, clip={ClipToUnitRange})";
}

using Denoising.Abstractions;
using Denoising.Plugins.Noise.Sampling;

namespace Denoising.Plugins.Noise.Models;

/// <summary>
/// Impulse noise: each pixel is hit with probability <c>amount</c>; a hit sets all its channels to 1 (salt) with
/// probability <see cref="SaltRatio"/>, otherwise to 0 (pepper).
/// </summary>
public sealed class SaltAndPepperNoise : INoiseModel
{
    public SaltAndPepperNoise(NoiseLevel amount, double saltRatio)
    {
        if (amount.Min < 0.0 || amount.Max > 1.0)
            throw new ArgumentOutOfRangeException(nameof(amount), amount, "The amount must lie within [0, 1].");
        if (!(saltRatio is >= 0.0 and <= 1.0))
            throw new ArgumentOutOfRangeException(nameof(saltRatio), saltRatio, "The salt ratio must lie within [0, 1].");
        Amount = amount;
        SaltRatio = saltRatio;
    }

    public NoiseLevel Amount { get; }
    public double SaltRatio { get; }

    public Image Apply(Image clean, Random random)
    {
        var amount = Amount.Draw(random);
        var noisy = (float[])clean.Pixels.Clone();
        var planeSize = clean.Height * clean.Width;
        var pixelRandom = NoiseRandom.DeriveFrom(random);
        for (var pixel = 0; pixel < planeSize; pixel++)
        {
            if (pixelRandom.NextDouble() >= amount)
                continue;
            var value = pixelRandom.NextDouble() < SaltRatio ? 1f : 0f;
            for (var offset = pixel; offset < noisy.Length; offset += planeSize)
                noisy[offset] = value;
        }

        return clean.WithPixels(noisy);
    }

    public override string ToString() => $"salt-and-pepper(amount={Amount}, salt_ratio={SaltRatio})";
}

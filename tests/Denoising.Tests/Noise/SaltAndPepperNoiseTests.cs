using Denoising.Abstractions;
using Denoising.Plugins.Noise.Models;
using Denoising.Plugins.Noise.Sampling;

namespace Denoising.Tests.Noise;

public class SaltAndPepperNoiseTests
{
    private const int Size = 256;

    /// <summary>Per pixel location: null when untouched, else the value all its channels were set to.</summary>
    private static float?[] HitValues(Image noisy)
    {
        var plane = noisy.Height * noisy.Width;
        var hits = new float?[plane];
        for (var pixel = 0; pixel < plane; pixel++)
        {
            var channels = Enumerable.Range(0, noisy.Channels).Select(c => noisy.Pixels[c * plane + pixel]).ToArray();
            Assert.All(channels, value => Assert.Equal(channels[0], value));
            hits[pixel] = channels[0] == 0.5f ? null : channels[0];
        }

        return hits;
    }

    [Theory]
    [InlineData(0.2, 0.25)]
    [InlineData(0.05, 0.5)]
    [InlineData(0.5, 1.0)]
    public void Hits_whole_pixels_at_the_amount_with_the_salt_ratio(double amount, double saltRatio)
    {
        var noisy = new SaltAndPepperNoise(NoiseLevel.Fixed(amount), saltRatio)
            .Apply(NoiseTestImages.Flat(0.5f, Size, channels: 3), new Random(11));

        var hits = HitValues(noisy);
        var hitCount = hits.Count(h => h.HasValue);
        var saltCount = hits.Count(h => h == 1f);
        Assert.Equal(hitCount, saltCount + hits.Count(h => h == 0f));
        Assert.InRange(hitCount / (double)hits.Length, amount - 0.01, amount + 0.01);
        Assert.InRange(saltCount / (double)hitCount, saltRatio - 0.03, saltRatio + 0.03);
    }

    [Fact]
    public void An_amount_range_draws_a_fraction_per_image_inside_the_range()
    {
        var model = new SaltAndPepperNoise(NoiseLevel.Between(0.1, 0.3), saltRatio: 0.5);
        var random = new Random(12);

        var fractions = Enumerable.Range(0, 40)
            .Select(_ => HitValues(model.Apply(NoiseTestImages.Flat(0.5f, size: 64), random)).Count(h => h.HasValue) / 4096.0)
            .ToArray();

        Assert.All(fractions, fraction => Assert.InRange(fraction, 0.1 - 0.03, 0.3 + 0.03));
        Assert.True(fractions.Min() < 0.13, $"smallest fraction {fractions.Min()} should be near 0.1");
        Assert.True(fractions.Max() > 0.27, $"largest fraction {fractions.Max()} should be near 0.3");
    }

    [Fact]
    public void Rejects_a_salt_ratio_outside_the_unit_interval() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new SaltAndPepperNoise(NoiseLevel.Fixed(0.1), saltRatio: 1.5));
}

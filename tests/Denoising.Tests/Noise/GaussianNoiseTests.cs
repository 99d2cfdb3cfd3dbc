using Denoising.Abstractions;
using Denoising.Plugins.Noise.Models;
using Denoising.Plugins.Noise.Sampling;

namespace Denoising.Tests.Noise;

public class GaussianNoiseTests
{
    [Theory]
    [InlineData(0.05)]
    [InlineData(0.1)]
    public void Noise_has_zero_mean_and_standard_deviation_sigma(double sigma)
    {
        var clean = NoiseTestImages.Flat(0.5f);

        var noisy = new GaussianNoise(NoiseLevel.Fixed(sigma), clip: false).Apply(clean, new Random(1));

        var noise = noisy.Pixels.Select(p => p - 0.5f).ToArray();
        Assert.InRange(NoiseTestImages.Mean(noise), -5 * sigma / 256, 5 * sigma / 256);
        Assert.InRange(NoiseTestImages.StandardDeviation(noise), 0.98 * sigma, 1.02 * sigma);
    }

    [Fact]
    public void Clipping_keeps_pixels_in_the_unit_range_and_saturates_the_tails()
    {
        var noisy = new GaussianNoise(NoiseLevel.Fixed(0.5), clip: true).Apply(NoiseTestImages.Flat(0.5f), new Random(2));

        Assert.All(noisy.Pixels, p => Assert.InRange(p, 0f, 1f));
        // P(|n| > 1 sigma) on each side is about 16%.
        Assert.InRange(noisy.Pixels.Count(p => p == 0f) / (double)noisy.Pixels.Length, 0.14, 0.18);
        Assert.InRange(noisy.Pixels.Count(p => p == 1f) / (double)noisy.Pixels.Length, 0.14, 0.18);
    }

    [Fact]
    public void Without_clipping_values_leave_the_unit_range()
    {
        var noisy = new GaussianNoise(NoiseLevel.Fixed(0.5), clip: false).Apply(NoiseTestImages.Flat(0.5f), new Random(3));

        Assert.Contains(noisy.Pixels, p => p < 0f);
        Assert.Contains(noisy.Pixels, p => p > 1f);
    }

    [Fact]
    public void Benchmark_protocol_noise_is_unclipped_with_standard_deviation_sigma_over_255()
    {
        // DnCNN/KAIR test protocol at sigma 25: N(0, 25/255) added to pixels in [0, 1], nothing clipped.
        var model = new GaussianNoise(NoiseLevel.Fixed(25).DividedBy(255), clip: false);
        const double sigma = 25.0 / 255;

        var dark = model.Apply(NoiseTestImages.Flat(0.02f), new Random(5));
        var bright = model.Apply(NoiseTestImages.Flat(0.98f), new Random(6));

        var noise = dark.Pixels.Select(p => p - 0.02f).ToArray();
        Assert.InRange(NoiseTestImages.StandardDeviation(noise), 0.98 * sigma, 1.02 * sigma);
        // P(n < -0.02) = P(z < -0.204) is about 42%: that share of a dark image falls below 0, and as much of a bright one above 1.
        Assert.InRange(dark.Pixels.Count(p => p < 0f) / (double)dark.Pixels.Length, 0.40, 0.44);
        Assert.InRange(bright.Pixels.Count(p => p > 1f) / (double)bright.Pixels.Length, 0.40, 0.44);
    }

    [Fact]
    public void A_sigma_range_draws_a_level_per_image_inside_the_range()
    {
        var model = new GaussianNoise(NoiseLevel.Between(0.05, 0.3), clip: false);
        var random = new Random(4);

        var levels = Enumerable.Range(0, 60)
            .Select(_ => NoiseTestImages.StandardDeviation(model.Apply(NoiseTestImages.Flat(0.5f, size: 64), random).Pixels))
            .ToArray();

        Assert.All(levels, level => Assert.InRange(level, 0.05 * 0.95, 0.3 * 1.05));
        Assert.True(levels.Min() < 0.08, $"smallest level {levels.Min()} should be near 0.05");
        Assert.True(levels.Max() > 0.27, $"largest level {levels.Max()} should be near 0.3");
    }
}

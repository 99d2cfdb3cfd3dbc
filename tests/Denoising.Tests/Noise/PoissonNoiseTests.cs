using Denoising.Abstractions;
using Denoising.Plugins.Noise.Models;
using Denoising.Plugins.Noise.Sampling;

namespace Denoising.Tests.Noise;

public class PoissonNoiseTests
{
    [Theory]
    [InlineData(100.0, 0.5f)] // mean 50: transformed rejection
    [InlineData(10.0, 0.5f)] // mean 5: multiplication method
    [InlineData(1000.0, 0.2f)]
    public void Mean_is_the_clean_value_and_variance_is_value_over_photons(double photons, float intensity)
    {
        var noisy = new PoissonNoise(NoiseLevel.Fixed(photons), clip: false).Apply(NoiseTestImages.Flat(intensity), new Random(8));

        var expectedVariance = intensity / photons;
        var meanTolerance = 5 * Math.Sqrt(expectedVariance) / 256;
        Assert.InRange(NoiseTestImages.Mean(noisy.Pixels), intensity - meanTolerance, intensity + meanTolerance);
        Assert.InRange(NoiseTestImages.Variance(noisy.Pixels), 0.95 * expectedVariance, 1.05 * expectedVariance);
    }

    [Fact]
    public void Pixels_are_photon_counts_divided_by_the_peak()
    {
        const double photons = 20;

        var noisy = new PoissonNoise(NoiseLevel.Fixed(photons), clip: false).Apply(NoiseTestImages.Flat(0.4f, size: 64), new Random(9));

        Assert.All(noisy.Pixels, p => Assert.Equal(Math.Round(p * photons), p * photons, 3));
    }

    [Fact]
    public void A_photons_range_draws_a_peak_per_image_inside_the_range()
    {
        var model = new PoissonNoise(NoiseLevel.Between(20, 200), clip: false);
        var random = new Random(10);

        // Var[y] = x / photons, so x / variance estimates the photon count of each image.
        var peaks = Enumerable.Range(0, 40)
            .Select(_ => 0.5 / NoiseTestImages.Variance(model.Apply(NoiseTestImages.Flat(0.5f, size: 64), random).Pixels))
            .ToArray();

        Assert.All(peaks, peak => Assert.InRange(peak, 20 * 0.9, 200 * 1.1));
        Assert.True(peaks.Min() < 40, $"smallest peak {peaks.Min()} should be near 20");
        Assert.True(peaks.Max() > 170, $"largest peak {peaks.Max()} should be near 200");
    }
}

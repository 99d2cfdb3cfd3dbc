using Denoising.Abstractions;
using Denoising.Plugins.Noise.Models;
using Denoising.Plugins.Noise.Sampling;

namespace Denoising.Tests.Noise;

public class SpeckleNoiseTests
{
    [Theory]
    [InlineData(0.2f)]
    [InlineData(0.5f)]
    [InlineData(0.8f)]
    public void Standard_deviation_is_intensity_times_sigma_around_the_clean_value(float intensity)
    {
        const double sigma = 0.2;

        var noisy = new SpeckleNoise(NoiseLevel.Fixed(sigma), clip: false).Apply(NoiseTestImages.Flat(intensity), new Random(5));

        var expectedStd = intensity * sigma;
        Assert.InRange(NoiseTestImages.Mean(noisy.Pixels), intensity - 5 * expectedStd / 256, intensity + 5 * expectedStd / 256);
        Assert.InRange(NoiseTestImages.StandardDeviation(noisy.Pixels), 0.98 * expectedStd, 1.02 * expectedStd);
    }

    [Fact]
    public void Black_pixels_stay_black()
    {
        var noisy = new SpeckleNoise(NoiseLevel.Fixed(0.5), clip: true).Apply(NoiseTestImages.Flat(0f, size: 32), new Random(6));

        Assert.All(noisy.Pixels, p => Assert.Equal(0f, p));
    }

    [Fact]
    public void Clipping_keeps_bright_pixels_at_most_one()
    {
        var noisy = new SpeckleNoise(NoiseLevel.Fixed(0.5), clip: true).Apply(NoiseTestImages.Flat(0.9f, size: 64), new Random(7));

        Assert.All(noisy.Pixels, p => Assert.InRange(p, 0f, 1f));
        Assert.Contains(noisy.Pixels, p => p == 1f);
    }
}

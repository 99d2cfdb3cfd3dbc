using Denoising.Plugins.Noise.Sampling;

namespace Denoising.Tests.Noise;

public class SamplerTests
{
    [Fact]
    public void Gaussian_sampler_fills_standard_normal_values_including_an_odd_last_one()
    {
        var samples = new float[100_001];
        samples[^1] = float.NaN;

        GaussianSampler.FillStandardNormal(new NoiseRandom(14), samples);

        Assert.False(float.IsNaN(samples[^1]));
        Assert.InRange(NoiseTestImages.Mean(samples), -5 / Math.Sqrt(samples.Length), 5 / Math.Sqrt(samples.Length));
        Assert.InRange(NoiseTestImages.Variance(samples), 0.98, 1.02);
        Assert.InRange(samples.Count(s => Math.Abs(s) < 1) / (double)samples.Length, 0.6827 - 0.007, 0.6827 + 0.007);
        Assert.InRange(samples.Count(s => Math.Abs(s) < 2) / (double)samples.Length, 0.9545 - 0.004, 0.9545 + 0.004);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(3.0)]
    [InlineData(9.99)]
    [InlineData(10.0)]
    [InlineData(37.3)]
    [InlineData(1000.0)]
    public void Poisson_sampler_has_mean_and_variance_lambda(double lambda)
    {
        const int count = 100_000;
        var random = new NoiseRandom(15);
        var samples = Enumerable.Range(0, count).Select(_ => PoissonSampler.Next(lambda, random)).ToArray();

        var mean = samples.Average();
        var variance = samples.Sum(k => (k - mean) * (k - mean)) / (count - 1);

        // Five standard errors; the variance estimate's relative error is sqrt((1/lambda + 2) / n).
        Assert.InRange(mean, lambda - 5 * Math.Sqrt(lambda / count), lambda + 5 * Math.Sqrt(lambda / count));
        var varianceTolerance = 5 * Math.Sqrt((1 / lambda + 2) / count);
        Assert.InRange(variance / lambda, 1 - varianceTolerance, 1 + varianceTolerance);
        Assert.All(samples, k => Assert.True(k >= 0));
    }

    [Theory]
    [InlineData(4.0)]
    [InlineData(15.0)]
    [InlineData(60.0)]
    public void Poisson_sampler_follows_the_probability_mass_function(double lambda)
    {
        const int count = 200_000;
        var random = new NoiseRandom(16);
        var frequencies = new Dictionary<long, int>();
        for (var i = 0; i < count; i++)
        {
            var k = PoissonSampler.Next(lambda, random);
            frequencies[k] = frequencies.GetValueOrDefault(k) + 1;
        }

        var probability = Math.Exp(-lambda);
        for (long k = 0; k <= 3 * lambda; k++)
        {
            var observed = frequencies.GetValueOrDefault(k) / (double)count;
            var tolerance = 5 * Math.Sqrt(probability * (1 - probability) / count) + 1e-5;
            Assert.True(Math.Abs(observed - probability) <= tolerance, $"P(k={k}): observed {observed}, expected {probability}");
            probability *= lambda / (k + 1);
        }
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    public void Poisson_sampler_gives_zero_for_a_mean_of_zero_or_less(double lambda) =>
        Assert.Equal(0, PoissonSampler.Next(lambda, new NoiseRandom(17)));

    [Fact]
    public void Poisson_sampler_rejects_a_mean_that_is_not_finite() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PoissonSampler.Next(double.NaN, new NoiseRandom(18)));
}

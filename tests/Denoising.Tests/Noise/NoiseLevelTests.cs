using Denoising.Plugins.Noise.Sampling;

namespace Denoising.Tests.Noise;

public class NoiseLevelTests
{
    [Fact]
    public void A_fixed_level_returns_its_value_and_consumes_no_randomness()
    {
        var used = new Random(19);

        Assert.Equal(0.25, NoiseLevel.Fixed(0.25).Draw(used));
        Assert.Equal(new Random(19).Next(), used.Next());
    }

    [Fact]
    public void A_range_draws_uniformly_between_its_ends()
    {
        var random = new Random(20);
        var draws = Enumerable.Range(0, 20_000).Select(_ => NoiseLevel.Between(0.05, 0.5).Draw(random)).ToArray();

        Assert.All(draws, d => Assert.InRange(d, 0.05, 0.5));
        Assert.InRange(draws.Average(), 0.275 - 0.005, 0.275 + 0.005);
        Assert.InRange(draws.Count(d => d < 0.1) / (double)draws.Length, 0.111 - 0.01, 0.111 + 0.01);
    }

    [Fact]
    public void From_options_takes_the_value_or_the_range()
    {
        Assert.Equal(NoiseLevel.Fixed(0.1), NoiseLevel.From(0.1, null, "sigma"));
        Assert.Equal(NoiseLevel.Between(0.1, 0.2), NoiseLevel.From(null, [0.1, 0.2], "sigma"));
    }

    [Fact]
    public void From_options_names_the_keys_when_both_or_neither_are_given()
    {
        Assert.Contains("'sigma_range'", Assert.Throws<ArgumentException>(() => NoiseLevel.From(0.1, [0.1, 0.2], "sigma")).Message);
        Assert.Contains("'amount'", Assert.Throws<ArgumentException>(() => NoiseLevel.From(null, null, "amount")).Message);
    }

    [Fact]
    public void A_range_with_min_above_max_is_rejected() =>
        Assert.Throws<ArgumentException>(() => NoiseLevel.Between(0.5, 0.1));
}

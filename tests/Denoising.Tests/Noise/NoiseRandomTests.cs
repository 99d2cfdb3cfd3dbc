using Denoising.Plugins.Noise.Sampling;

namespace Denoising.Tests.Noise;

public class NoiseRandomTests
{
    private static double[] Draws(NoiseRandom random, int count) =>
        Enumerable.Range(0, count).Select(_ => random.NextDouble()).ToArray();

    [Fact]
    public void Doubles_are_uniform_in_the_unit_interval()
    {
        var draws = Draws(new NoiseRandom(0), 100_000);

        Assert.All(draws, d => Assert.InRange(d, 0.0, Math.BitDecrement(1.0)));
        Assert.InRange(draws.Average(), 0.5 - 0.005, 0.5 + 0.005);
        // Ten equal bins, each within five standard errors of 10%.
        Assert.All(
            draws.GroupBy(d => (int)(d * 10)).Select(bin => bin.Count() / (double)draws.Length),
            share => Assert.InRange(share, 0.1 - 0.005, 0.1 + 0.005));
    }

    [Fact]
    public void Deriving_from_the_same_generator_state_gives_the_same_sequence()
    {
        Assert.Equal(Draws(NoiseRandom.DeriveFrom(new Random(5)), 100), Draws(NoiseRandom.DeriveFrom(new Random(5)), 100));
        Assert.NotEqual(Draws(NoiseRandom.DeriveFrom(new Random(5)), 100), Draws(NoiseRandom.DeriveFrom(new Random(6)), 100));
    }

    [Fact]
    public void Deriving_advances_the_parent_so_the_next_image_gets_other_noise()
    {
        var parent = new Random(7);

        Assert.NotEqual(Draws(NoiseRandom.DeriveFrom(parent), 100), Draws(NoiseRandom.DeriveFrom(parent), 100));
    }
}

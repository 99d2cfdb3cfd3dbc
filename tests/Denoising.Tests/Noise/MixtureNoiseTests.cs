using Denoising.Abstractions;
using Denoising.Plugins.Noise.Models;
using Denoising.Plugins.Noise.Sampling;

namespace Denoising.Tests.Noise;

public class MixtureNoiseTests
{
    [Fact]
    public void Picks_each_model_with_a_frequency_proportional_to_its_weight()
    {
        // Every pixel hit: all white or all black, so each output tells which model made it.
        var mixture = new MixtureNoise(
        [
            new WeightedNoiseModel(1, new NoNoise()),
            new WeightedNoiseModel(2, new SaltAndPepperNoise(NoiseLevel.Fixed(1), saltRatio: 1)),
            new WeightedNoiseModel(5, new SaltAndPepperNoise(NoiseLevel.Fixed(1), saltRatio: 0)),
        ]);
        var clean = NoiseTestImages.Flat(0.5f, size: 4);
        var random = new Random(13);
        const int trials = 8000;

        var counts = Enumerable.Range(0, trials)
            .Select(_ => mixture.Apply(clean, random).Pixels)
            .Select(pixels => Assert.Single(pixels.Distinct()))
            .GroupBy(value => value)
            .ToDictionary(group => group.Key, group => group.Count());

        Assert.InRange(counts[0.5f] / (double)trials, 1 / 8.0 - 0.02, 1 / 8.0 + 0.02);
        Assert.InRange(counts[1f] / (double)trials, 2 / 8.0 - 0.02, 2 / 8.0 + 0.02);
        Assert.InRange(counts[0f] / (double)trials, 5 / 8.0 - 0.02, 5 / 8.0 + 0.02);
    }

    [Fact]
    public void Rejects_an_empty_list_and_weights_that_are_not_positive()
    {
        Assert.Throws<ArgumentException>(() => new MixtureNoise([]));
        var error = Assert.Throws<ArgumentException>(() => new MixtureNoise([new WeightedNoiseModel(0, new NoNoise())]));
        Assert.Contains("weight 0", error.Message);
    }
}

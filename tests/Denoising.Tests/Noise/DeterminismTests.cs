using Denoising.Abstractions;
using Denoising.Plugins.Noise.Models;
using Denoising.Plugins.Noise.Sampling;

namespace Denoising.Tests.Noise;

public class DeterminismTests
{
    public static TheoryData<string> RandomModels => ["gaussian", "salt-and-pepper", "speckle", "poisson", "mixture"];

    private static INoiseModel Model(string name) => name switch
    {
        "none" => new NoNoise(),
        "gaussian" => new GaussianNoise(NoiseLevel.Between(0.05, 0.2), clip: true),
        "salt-and-pepper" => new SaltAndPepperNoise(NoiseLevel.Between(0.05, 0.2), saltRatio: 0.5),
        "speckle" => new SpeckleNoise(NoiseLevel.Fixed(0.2), clip: true),
        "poisson" => new PoissonNoise(NoiseLevel.Between(5, 50), clip: true),
        "mixture" => new MixtureNoise(
        [
            new WeightedNoiseModel(1, Model("gaussian")),
            new WeightedNoiseModel(1, Model("poisson")),
        ]),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    /// <summary>A 3-channel, non-square image with varied pixels, the size of a training image.</summary>
    private static Image Varied()
    {
        var random = new Random(99);
        return new Image("face-007", 3, 50, 37, Enumerable.Range(0, 3 * 50 * 37).Select(_ => (float)random.NextDouble()).ToArray());
    }

    [Theory]
    [MemberData(nameof(RandomModels))]
    public void Same_seed_gives_identical_noise_and_another_seed_different_noise(string name)
    {
        var model = Model(name);
        var clean = Varied();

        var first = model.Apply(clean, new Random(42)).Pixels;
        var again = model.Apply(clean, new Random(42)).Pixels;
        var other = model.Apply(clean, new Random(43)).Pixels;

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    [Theory]
    [MemberData(nameof(RandomModels))]
    [InlineData("none")]
    public void Keeps_id_and_shape_and_leaves_the_input_untouched(string name)
    {
        var clean = Varied();
        var original = (float[])clean.Pixels.Clone();

        var noisy = Model(name).Apply(clean, new Random(7));

        Assert.Equal(clean.Id, noisy.Id);
        Assert.True(noisy.SameShapeAs(clean));
        Assert.NotSame(clean.Pixels, noisy.Pixels);
        Assert.Equal(original, clean.Pixels);
        Assert.All(noisy.Pixels, p => Assert.InRange(p, 0f, 1f));
    }

    [Fact]
    public void None_returns_the_clean_pixels()
    {
        var clean = Varied();

        Assert.Equal(clean.Pixels, new NoNoise().Apply(clean, new Random(1)).Pixels);
    }
}

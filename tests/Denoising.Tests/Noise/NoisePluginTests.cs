using Denoising.Abstractions;
using Denoising.Host.Configuration;
using Denoising.Plugins.Noise;
using Denoising.Plugins.Noise.Models;
using Denoising.Plugins.Noise.Options;
using Denoising.Plugins.Noise.Sampling;
using Denoising.Tests.TestSupport;

namespace Denoising.Tests.Noise;

public class NoisePluginTests
{
    private static RegisteredComponents Registered() => RegisteredComponents.Of<NoisePlugin>();

    [Fact]
    public void Registers_every_noise_model_with_its_options_type_and_nothing_else()
    {
        var registry = Registered();

        Assert.Equal(
            new Dictionary<string, Type>
            {
                ["none"] = typeof(NoNoiseOptions),
                ["gaussian"] = typeof(GaussianNoiseOptions),
                ["salt-and-pepper"] = typeof(SaltAndPepperNoiseOptions),
                ["speckle"] = typeof(SpeckleNoiseOptions),
                ["poisson"] = typeof(PoissonNoiseOptions),
                ["mixture"] = typeof(MixtureNoiseOptions),
            },
            registry.OptionsTypes(ComponentKind.NoiseModel));
        Assert.All(registry.Registry.All, entry => Assert.False(string.IsNullOrWhiteSpace(entry.Description)));
        Assert.All(registry.Registry.All, entry => Assert.Equal(ComponentKind.NoiseModel, entry.Kind));
    }

    [Fact]
    public void Factories_turn_fixed_values_and_ranges_into_levels()
    {
        var registry = Registered();

        var gaussian = Assert.IsType<GaussianNoise>(
            registry.Create<INoiseModel>("gaussian", new GaussianNoiseOptions { Sigma = 0.2, Clip = false }));
        var speckle = Assert.IsType<SpeckleNoise>(
            registry.Create<INoiseModel>("speckle", new SpeckleNoiseOptions { SigmaRange = [0.1, 0.3] }));
        var poisson = Assert.IsType<PoissonNoise>(
            registry.Create<INoiseModel>("poisson", new PoissonNoiseOptions { PhotonsRange = [10, 100] }));
        var saltAndPepper = Assert.IsType<SaltAndPepperNoise>(
            registry.Create<INoiseModel>("salt-and-pepper", new SaltAndPepperNoiseOptions { Amount = 0.1, SaltRatio = 0.3 }));

        Assert.Equal(NoiseLevel.Fixed(0.2), gaussian.Sigma);
        Assert.False(gaussian.ClipToUnitRange);
        Assert.Equal(NoiseLevel.Between(0.1, 0.3), speckle.Sigma);
        Assert.True(speckle.ClipToUnitRange);
        Assert.Equal(NoiseLevel.Between(10, 100), poisson.Photons);
        Assert.Equal(NoiseLevel.Fixed(0.1), saltAndPepper.Amount);
        Assert.Equal(0.3, saltAndPepper.SaltRatio);
        Assert.IsType<NoNoise>(registry.Create<INoiseModel>("none", new NoNoiseOptions()));
    }

    [Fact]
    public void Gaussian_levels_on_the_8_bit_scale_are_divided_by_255()
    {
        var registry = Registered();

        var fixedLevel = Assert.IsType<GaussianNoise>(
            registry.Create<INoiseModel>("gaussian", new GaussianNoiseOptions { Sigma = 25, Scale = 255 }));
        var range = Assert.IsType<GaussianNoise>(
            registry.Create<INoiseModel>("gaussian", new GaussianNoiseOptions { SigmaRange = [0, 55], Scale = 255 }));

        Assert.Equal(NoiseLevel.Fixed(25.0 / 255), fixedLevel.Sigma);
        Assert.Equal(NoiseLevel.Between(0, 55.0 / 255), range.Sigma);
    }

    [Fact]
    public void Gaussian_defaults_clip_on_the_unit_scale()
    {
        var gaussian = Assert.IsType<GaussianNoise>(Registered().Create<INoiseModel>("gaussian", new GaussianNoiseOptions { Sigma = 0.2 }));

        Assert.Equal(NoiseLevel.Fixed(0.2), gaussian.Sigma);
        Assert.True(gaussian.ClipToUnitRange);
    }

    [Fact]
    public void Mixture_factory_creates_its_components_through_the_context()
    {
        var registry = Registered();
        var options = new MixtureNoiseOptions
        {
            Components =
            [
                new() { Weight = 2, Noise = new ComponentSpec<INoiseModel>("gaussian", new GaussianNoiseOptions { Sigma = 0.1 }) },
                new() { Weight = 1, Noise = new ComponentSpec<INoiseModel>("none", new NoNoiseOptions()) },
            ],
        };

        var mixture = Assert.IsType<MixtureNoise>(registry.Create<INoiseModel>("mixture", options));

        Assert.Collection(
            mixture.Models,
            model => Assert.Equal(NoiseLevel.Fixed(0.1), Assert.IsType<GaussianNoise>(model).Sigma),
            model => Assert.IsType<NoNoise>(model));
    }
}

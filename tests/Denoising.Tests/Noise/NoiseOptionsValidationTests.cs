using System.ComponentModel.DataAnnotations;
using Denoising.Abstractions;
using Denoising.Plugins.Noise.Options;

namespace Denoising.Tests.Noise;

public class NoiseOptionsValidationTests
{
    private static List<ValidationResult> Validate(object options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results;
    }

    private static ComponentSpec<INoiseModel> Gaussian => new("gaussian", new GaussianNoiseOptions { Sigma = 0.1 });

    public static TheoryData<object> ValidOptions =>
    [
        new NoNoiseOptions(),
        new GaussianNoiseOptions { Sigma = 0 },
        new GaussianNoiseOptions { SigmaRange = [0.05, 0.5], Clip = false },
        new GaussianNoiseOptions { Sigma = 25, Scale = 255, Clip = false },
        new GaussianNoiseOptions { SigmaRange = [0, 55], Scale = 255 },
        new SpeckleNoiseOptions { Sigma = 0.3 },
        new SaltAndPepperNoiseOptions { AmountRange = [0, 1], SaltRatio = 1 },
        new PoissonNoiseOptions { Photons = 30 },
        new PoissonNoiseOptions { PhotonsRange = [10, 10] },
        new MixtureNoiseOptions { Components = [new() { Weight = 0.5, Noise = Gaussian }] },
    ];

    [Theory]
    [MemberData(nameof(ValidOptions))]
    public void Valid_options_pass(object options) => Assert.Empty(Validate(options));

    public static TheoryData<object, string[]> InvalidOptions => new()
    {
        { new GaussianNoiseOptions { Sigma = 0.1, SigmaRange = [0.05, 0.5] }, ["'sigma'", "'sigma_range'", "not both"] },
        { new GaussianNoiseOptions(), ["'sigma'", "'sigma_range'", "neither"] },
        { new GaussianNoiseOptions { Sigma = -0.1 }, ["'sigma'", "between 0 and 1", "got -0.1"] },
        { new GaussianNoiseOptions { Sigma = double.NaN }, ["'sigma'", "got NaN"] },
        { new GaussianNoiseOptions { SigmaRange = [0.5, 0.1] }, ["'sigma_range'", "min <= max", "[0.5, 0.1]"] },
        { new GaussianNoiseOptions { SigmaRange = [0.1] }, ["'sigma_range'", "exactly 2 values"] },
        { new GaussianNoiseOptions { SigmaRange = [0.1, 1.5] }, ["'sigma_range'", "between 0 and 1", "[0.1, 1.5]"] },
        { new GaussianNoiseOptions { Sigma = 25 }, ["'sigma'", "between 0 and 1", "got 25", "add 'scale: 255'"] },
        { new GaussianNoiseOptions { SigmaRange = [5, 50] }, ["'sigma_range'", "[5, 50]", "add 'scale: 255'"] },
        { new GaussianNoiseOptions { Sigma = 300, Scale = 255 }, ["'sigma'", "between 0 and 255", "got 300"] },
        { new GaussianNoiseOptions { Sigma = 0.1, Scale = 0 }, ["'scale'", "greater than 0", "got 0"] },
        { new SpeckleNoiseOptions { Sigma = 2 }, ["'sigma'", "got 2"] },
        { new SaltAndPepperNoiseOptions { Amount = 1.2 }, ["'amount'", "got 1.2"] },
        { new SaltAndPepperNoiseOptions { AmountRange = [0.3, 0.1] }, ["'amount_range'", "min <= max"] },
        { new SaltAndPepperNoiseOptions { Amount = 0.1, SaltRatio = -0.5 }, ["'salt_ratio'", "got -0.5"] },
        { new PoissonNoiseOptions { Photons = 0 }, ["'photons'", "greater than 0"] },
        { new PoissonNoiseOptions { PhotonsRange = [0, 100] }, ["'photons_range'", "greater than 0"] },
        { new PoissonNoiseOptions { Photons = 10, PhotonsRange = [5, 10] }, ["'photons'", "'photons_range'"] },
        { new MixtureNoiseOptions(), ["'components'", "at least one"] },
        {
            new MixtureNoiseOptions { Components = [new() { Weight = 1, Noise = Gaussian }, new() { Weight = 0, Noise = Gaussian }] },
            ["'components[1].weight'", "greater than 0", "got 0"]
        },
        { new MixtureNoiseOptions { Components = [new() { Weight = 1 }] }, ["'components[0].noise'", "required"] },
    };

    [Theory]
    [MemberData(nameof(InvalidOptions))]
    public void Invalid_options_give_one_message_naming_the_key(object options, string[] expectedFragments)
    {
        var error = Assert.Single(Validate(options));

        Assert.All(expectedFragments, fragment => Assert.Contains(fragment, error.ErrorMessage));
    }

    [Fact]
    public void Independent_mistakes_are_all_reported()
    {
        var options = new SaltAndPepperNoiseOptions { Amount = 2, SaltRatio = 2 };

        Assert.Equal(2, Validate(options).Count);
    }
}

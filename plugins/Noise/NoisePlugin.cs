using Denoising.Abstractions;
using Denoising.Plugins.Noise.Models;
using Denoising.Plugins.Noise.Options;
using Denoising.Plugins.Noise.Sampling;

namespace Denoising.Plugins.Noise;

/// <summary>Registers the noise models: none, gaussian, salt-and-pepper, speckle, poisson and mixture.</summary>
public sealed class NoisePlugin : IDenoisingPlugin
{
    public void Register(IComponentRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);

        registry.AddNoiseModel<NoNoiseOptions>(
            "none", "No corruption: the clean image itself (a baseline).", (_, _) => new NoNoise());

        registry.AddNoiseModel<GaussianNoiseOptions>(
            "gaussian", "Additive white Gaussian noise with standard deviation sigma (fixed or drawn per image; scale: 255 for 8-bit levels).",
            (options, _) => new GaussianNoise(
                NoiseLevel.From(options.Sigma, options.SigmaRange, "sigma").DividedBy(options.Scale), options.Clip));

        registry.AddNoiseModel<SaltAndPepperNoiseOptions>(
            "salt-and-pepper", "Impulse noise: a fraction 'amount' of pixels set to white or black.",
            (options, _) => new SaltAndPepperNoise(
                NoiseLevel.From(options.Amount, options.AmountRange, "amount"), options.SaltRatio));

        registry.AddNoiseModel<SpeckleNoiseOptions>(
            "speckle", "Multiplicative noise x + x * n, n ~ N(0, sigma^2).",
            (options, _) => new SpeckleNoise(NoiseLevel.From(options.Sigma, options.SigmaRange, "sigma"), options.Clip));

        registry.AddNoiseModel<PoissonNoiseOptions>(
            "poisson", "Photon-count noise Poisson(x * photons) / photons; fewer photons, more noise.",
            (options, _) => new PoissonNoise(NoiseLevel.From(options.Photons, options.PhotonsRange, "photons"), options.Clip));

        registry.AddNoiseModel<MixtureNoiseOptions>(
            "mixture", "One of several noise models, picked per image by weight.", CreateMixture);
    }

    private static MixtureNoise CreateMixture(MixtureNoiseOptions options, ComponentContext context) =>
        new(options.Components
            .Select((component, i) => new WeightedNoiseModel(
                component.Weight,
                context.Create(component.Noise
                    ?? throw new ArgumentException($"Mixture 'components[{i}].noise' is missing.", nameof(options)))))
            .ToList());
}

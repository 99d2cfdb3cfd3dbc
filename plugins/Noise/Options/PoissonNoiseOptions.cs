using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Denoising.Plugins.Noise.Options;

/// <summary>Options of <c>poisson</c>: photon-count (shot) noise, y = Poisson(x * photons) / photons.</summary>
public sealed class PoissonNoiseOptions : IValidatableObject
{
    /// <summary>Largest accepted photon count; far beyond it the noise is invisible in float pixels.</summary>
    public const double MaxPhotons = 1e7;

    private static readonly LevelBounds PhotonBounds = new(0.0, MaxPhotons, MinExclusive: true);

    [Description("Expected photon count of a white pixel (> 0, at most 1e7); fewer photons, more noise. Give this or photons_range.")]
    public double? Photons { get; set; }

    [Description("[min, max]: a photon count drawn uniformly per image. Give this or photons.")]
    public double[]? PhotonsRange { get; set; }

    [Description("Clip noisy pixels to [0, 1] (counts above the peak can exceed 1).")]
    public bool Clip { get; set; } = true;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        LevelValidation.Validate(Photons, PhotonsRange, "photons", nameof(Photons), nameof(PhotonsRange), PhotonBounds);
}

using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Denoising.Plugins.Noise.Options;

/// <summary>Options of <c>gaussian</c>: additive white Gaussian noise.</summary>
public sealed class GaussianNoiseOptions : IValidatableObject
{
    [Description("Standard deviation on the [0, 1] pixel scale (0 to 1). Give this or sigma_range.")]
    public double? Sigma { get; set; }

    [Description("[min, max]: a standard deviation drawn uniformly per image. Give this or sigma.")]
    public double[]? SigmaRange { get; set; }

    [Description("Clip noisy pixels to [0, 1].")]
    public bool Clip { get; set; } = true;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        LevelValidation.Validate(Sigma, SigmaRange, "sigma", nameof(Sigma), nameof(SigmaRange), LevelBounds.UnitInterval);
}

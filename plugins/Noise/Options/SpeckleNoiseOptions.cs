using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Denoising.Plugins.Noise.Options;

/// <summary>Options of <c>speckle</c>: multiplicative noise x + x * n, n ~ N(0, sigma^2).</summary>
public sealed class SpeckleNoiseOptions : IValidatableObject
{
    [Description("Standard deviation of the multiplicative factor n (0 to 1). Give this or sigma_range.")]
    public double? Sigma { get; set; }

    [Description("[min, max]: a sigma drawn uniformly per image. Give this or sigma.")]
    public double[]? SigmaRange { get; set; }

    [Description("Clip noisy pixels to [0, 1].")]
    public bool Clip { get; set; } = true;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        LevelValidation.Validate(Sigma, SigmaRange, "sigma", nameof(Sigma), nameof(SigmaRange), LevelBounds.UnitInterval);
}

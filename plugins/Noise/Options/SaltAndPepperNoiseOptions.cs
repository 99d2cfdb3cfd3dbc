using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Denoising.Plugins.Noise.Options;

/// <summary>Options of <c>salt-and-pepper</c>: impulse noise setting whole pixels to white or black.</summary>
public sealed class SaltAndPepperNoiseOptions : IValidatableObject
{
    [Description("Fraction of pixels hit (0 to 1). Give this or amount_range.")]
    public double? Amount { get; set; }

    [Description("[min, max]: a fraction drawn uniformly per image. Give this or amount.")]
    public double[]? AmountRange { get; set; }

    [Description("Share of hit pixels set to 1 (salt); the rest are set to 0 (pepper).")]
    public double SaltRatio { get; set; } = 0.5;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var amountErrors = LevelValidation.Validate(
            Amount, AmountRange, "amount", nameof(Amount), nameof(AmountRange), LevelBounds.UnitInterval);
        var saltRatioError =
            LevelValidation.CheckValue(SaltRatio, "salt_ratio", nameof(SaltRatio), LevelBounds.UnitInterval);
        return saltRatioError is null ? amountErrors : amountErrors.Append(saltRatioError);
    }
}

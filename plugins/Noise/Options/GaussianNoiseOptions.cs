using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace Denoising.Plugins.Noise.Options;

/// <summary>
/// Options of <c>gaussian</c>: additive white Gaussian noise. <c>sigma</c> and <c>sigma_range</c> are read on the pixel
/// scale <c>scale</c>: 1 by default (pixels in [0, 1]); <c>scale: 255</c> takes the 8-bit levels benchmarks quote, so
/// <c>sigma: 25, scale: 255</c> adds noise of standard deviation 25 / 255.
/// </summary>
public sealed class GaussianNoiseOptions : IValidatableObject
{
    /// <summary>The scale of 8-bit pixel levels, on which the denoising benchmarks quote sigma (15, 25, 50).</summary>
    public const double EightBitScale = 255.0;

    [Description("Standard deviation on the pixel scale 'scale' (0 to scale; with the default scale 1, 0 to 1). Give this or sigma_range.")]
    public double? Sigma { get; set; }

    [Description("[min, max]: a standard deviation drawn uniformly per image, on the pixel scale 'scale'. Give this or sigma.")]
    public double[]? SigmaRange { get; set; }

    [Description("Pixel scale sigma and sigma_range are written on: 1 (pixels in [0, 1]) or 255 (8-bit levels: sigma: 25 means 25/255).")]
    public double Scale { get; set; } = 1.0;

    [Description("Clip noisy pixels to [0, 1]; false leaves them unclipped, as the DnCNN/KAIR test protocol does.")]
    public bool Clip { get; set; } = true;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!(double.IsFinite(Scale) && Scale > 0.0))
        {
            yield return new ValidationResult(
                $"'scale' must be a finite number greater than 0 (1 or 255); got {Scale.ToString(CultureInfo.InvariantCulture)}.",
                [nameof(Scale)]);
            yield break;
        }

        var bounds = new LevelBounds(0.0, Scale);
        foreach (var error in LevelValidation.Validate(
                     Sigma, SigmaRange, "sigma", nameof(Sigma), nameof(SigmaRange), bounds))
            yield return LooksLikeEightBitLevels() ? WithEightBitHint(error) : error;
    }

    /// <summary>A level above 1 on the unit scale that fits the 8-bit scale: most likely 'scale: 255' was forgotten.</summary>
    private bool LooksLikeEightBitLevels()
    {
        if (Scale != 1.0)
            return false;
        var levels = Sigma is { } sigma ? new[] { sigma } : SigmaRange ?? [];
        return levels.Any(level => level > 1.0 && level <= EightBitScale);
    }

    private static ValidationResult WithEightBitHint(ValidationResult error) =>
        new(error.ErrorMessage + " For levels on the 0-255 scale, add 'scale: 255'.", error.MemberNames);
}

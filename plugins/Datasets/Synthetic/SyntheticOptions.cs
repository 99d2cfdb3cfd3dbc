using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Denoising.Plugins.Datasets.Synthetic;

/// <summary>Options of the <c>synthetic</c> dataset.</summary>
public sealed class SyntheticOptions : IValidatableObject
{
    /// <summary>Most floats a generated set may hold (2 GB).</summary>
    public const long MaxValues = 500_000_000;

    [Description("Number of images.")]
    [Range(1, 10_000_000)]
    public int Count { get; set; } = 1000;

    [Description("Image height in pixels.")]
    [Range(4, 4096)]
    public int Height { get; set; } = 32;

    [Description("Image width in pixels.")]
    [Range(4, 4096)]
    public int Width { get; set; } = 32;

    [Description("1 (gray) or 3 (RGB).")]
    [AllowedValues(1, 3)]
    public int Channels { get; set; } = 1;

    [Description("Seed of the generator; the same seed gives the same images.")]
    public int Seed { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var values = (long)Count * Channels * Height * Width;
        if (values > MaxValues)
            yield return new ValidationResult(
                $"count x channels x height x width is {values}; at most {MaxValues} is allowed.",
                [nameof(Count), nameof(Height), nameof(Width), nameof(Channels)]);
    }
}

using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Denoising.Samples.MedianFilter;

/// <summary>Options of <c>type: median</c>.</summary>
public sealed class MedianOptions : IValidatableObject
{
    [Range(1, 15)]
    [Description("Side of the square window; odd, so the window centres on the pixel.")]
    public int Size { get; set; } = 3;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Size % 2 == 0)
            yield return new ValidationResult($"size is {Size}; it must be odd.", [nameof(Size)]);
    }
}

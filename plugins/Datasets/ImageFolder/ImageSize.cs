using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Denoising.Plugins.Datasets.ImageFolder;

/// <summary>A height and width in pixels (nested options of <c>resize</c> and <c>crop</c>).</summary>
public sealed class ImageSize : IValidatableObject
{
    [Description("Height in pixels.")]
    [Range(1, 16_384)]
    public int Height { get; set; }

    [Description("Width in pixels.")]
    [Range(1, 16_384)]
    public int Width { get; set; }

    public override string ToString() => $"{Height}x{Width}";

    /// <summary>The same bound as decoded images: a resize may not make more pixels than a file may hold.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if ((long)Height * Width > ImageDecodingLimits.Default.MaxPixels)
            yield return new ValidationResult(
                $"{Height}x{Width} is {(long)Height * Width} pixels, more than the limit of {ImageDecodingLimits.Default.MaxPixels} per image",
                [nameof(Height), nameof(Width)]);
    }
}

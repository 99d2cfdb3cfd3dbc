using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Denoising.Plugins.Datasets.ImageFolder;

/// <summary>A height and width in pixels (nested options of <c>resize</c> and <c>crop</c>).</summary>
public sealed class ImageSize
{
    [Description("Height in pixels.")]
    [Range(1, 16_384)]
    public int Height { get; set; }

    [Description("Width in pixels.")]
    [Range(1, 16_384)]
    public int Width { get; set; }

    public override string ToString() => $"{Height}x{Width}";
}

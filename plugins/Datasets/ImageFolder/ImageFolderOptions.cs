using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Denoising.Plugins.Datasets.Imaging;

namespace Denoising.Plugins.Datasets.ImageFolder;

/// <summary>Options of the <c>image-folder</c> dataset.</summary>
public sealed class ImageFolderOptions : IValidatableObject
{
    [Description("Folder of PNG, JPEG or BMP files (relative to the experiment file).")]
    [Required]
    public string Path { get; set; } = "";

    [Description("Also load images from subfolders.")]
    public bool Recursive { get; set; } = true;

    [Description("Follow links that lead out of the folder (off: such links are left out with a warning).")]
    public bool FollowLinksOutside { get; set; }

    [Description("gray (mean of R, G, B) or rgb.")]
    [AllowedValues(ColorModes.Gray, ColorModes.Rgb)]
    public string Color { get; set; } = ColorModes.Gray;

    [Description("Resize every image to this height and width first (bicubic, aspect ratio not kept).")]
    public ImageSize? Resize { get; set; }

    [Description("Then keep the centred region of this height and width.")]
    public ImageSize? Crop { get; set; }

    [Description("Load at most this many images, the first in path order (0 = all).")]
    [Range(0, int.MaxValue)]
    public int Limit { get; set; }

    [Description("Decoded images kept in memory as 8-bit pixels, in MiB, when the dataset is read image by image; beyond it the least recently used are decoded again when needed.")]
    [Range(0, 1 << 20)]
    public int CacheMb { get; set; } = DatasetCache.DefaultMb;

    [Description("Log a warning and leave out files that cannot be decoded instead of failing.")]
    public bool SkipUnreadable { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Resize is { } resize && Crop is { } crop && (crop.Height > resize.Height || crop.Width > resize.Width))
            yield return new ValidationResult(
                $"crop {crop} (height x width) must fit inside resize {resize}.", [nameof(Crop)]);
    }
}

using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Denoising.Plugins.Datasets.Imaging;

namespace Denoising.Plugins.Datasets.Lfw;

/// <summary>Options of the <c>lfw</c> dataset.</summary>
public sealed class LfwOptions
{
    [Description("LFW folder holding <Person>/<Person>_0001.jpg (relative to the experiment file).")]
    [Required]
    public string Path { get; set; } = "";

    [Description("Scale factor applied to the 125x94 face crop (0.4 gives 50x37, as scikit-learn computes it).")]
    [Range(0.05, 4.0)]
    public double Resize { get; set; } = 0.4;

    [Description("Keep only people with at least this many photos (0 = everybody).")]
    [Range(0, int.MaxValue)]
    public int MinFacesPerPerson { get; set; }

    [Description("gray (mean of R, G, B) or rgb.")]
    [AllowedValues(ColorModes.Gray, ColorModes.Rgb)]
    public string Color { get; set; } = ColorModes.Gray;

    [Description("Load at most this many faces, the first in person and file order (0 = all).")]
    [Range(0, int.MaxValue)]
    public int Limit { get; set; }

    [Description("Follow links that lead out of the LFW folder (off: such links are left out).")]
    public bool FollowLinksOutside { get; set; }

    [Description("Decoded faces kept in memory as 8-bit pixels, in MiB, when the dataset is read image by image.")]
    [Range(0, 1 << 20)]
    public int CacheMb { get; set; } = DatasetCache.DefaultMb;

    [Description("Log a warning and leave out files that cannot be decoded instead of failing.")]
    public bool SkipUnreadable { get; set; }
}

using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Denoising.Host.Experiments.Definitions;

/// <summary>Patch training of a train step: random square crops of images of any sizes, each with fresh noise.</summary>
public sealed class PatchOptions
{
    [Description("Height and width of every patch; every training image must be at least this large.")]
    [Range(4, 4096)]
    public int Size { get; set; } = 40;

    [Description("Patches per epoch (DnCNN: 128 x 1600).")]
    [Range(1, int.MaxValue)]
    public int PerEpoch { get; set; } = 128_000;

    [Description("dihedral: each patch gets one of the 8 flips and rotations at random; none: as cropped.")]
    [AllowedValues(PatchAugmentation.Dihedral, PatchAugmentation.None)]
    public string Augment { get; set; } = PatchAugmentation.Dihedral;

    [Description("Images patches are drawn from at a time (a window moving through the shuffled set), so a dataset larger than memory is read image by image.")]
    [Range(1, 65_536)]
    public int ImagesAtOnce { get; set; } = 64;

    [Description("Most memory, in MiB, the images patches are drawn from may take as floats (two windows of them are held at once): images_at_once is lowered to fit, judged by the size of the first image.")]
    [Range(1, 1 << 20)]
    public int MemoryMb { get; set; } = 256;
}

public static class PatchAugmentation
{
    public const string Dihedral = "dihedral";
    public const string None = "none";
}

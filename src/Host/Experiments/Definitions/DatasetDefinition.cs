using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Denoising.Abstractions;

namespace Denoising.Host.Experiments.Definitions;

/// <summary>A dataset component and how its images are split into train and test sets.</summary>
public sealed class DatasetDefinition
{
    [Description("The dataset component, e.g. {type: synthetic, count: 800}.")]
    [Required]
    public ComponentSpec<IDataset>? Source { get; set; }

    [Description("Share of images held out as NAME.test; the rest are NAME.train.")]
    [Range(0.0, 1.0)]
    public double TestFraction { get; set; } = 0.2;

    [Description("Seed of the split; defaults to the experiment seed.")]
    public int? SplitSeed { get; set; }

    [Description("image: images are split one by one; group: whole groups (the id's folder, e.g. an LFW person) go to one side.")]
    public SplitUnit SplitBy { get; set; } = SplitUnit.Image;
}

public enum SplitUnit
{
    Image,
    Group,
}

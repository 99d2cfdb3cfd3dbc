using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Denoising.Abstractions;

namespace Denoising.Host.Experiments.Definitions;

/// <summary>Adds noise to a set of images.</summary>
public sealed class NoiseStep : StepDefinition
{
    public override string Kind => "noise";

    [Description("Images to corrupt: a dataset split or a step id.")]
    [Required]
    public StepReference? Input { get; set; }

    [Description("The noise model, e.g. {type: gaussian, sigma: 0.1}.")]
    [Required]
    public ComponentSpec<INoiseModel>? Noise { get; set; }

    [Description("Seed of the noise; defaults to one derived from the experiment seed and the step id.")]
    public int? Seed { get; set; }

    public override OutputKind Produces => OutputKind.NoisyImages;

    public override IEnumerable<StepInput> References => [new(Input!, OutputKind.Images)];
}

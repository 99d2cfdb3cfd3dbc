using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Denoising.Abstractions;

namespace Denoising.Host.Experiments.Definitions;

/// <summary>Trains a denoiser on noisy versions of clean images.</summary>
public sealed class TrainStep : StepDefinition, IValidatableObject
{
    public override string Kind => "train";

    [Description("Clean training images: a dataset split or a step id.")]
    [Required]
    public StepReference? Input { get; set; }

    [Description("Noise applied to the training images.")]
    [Required]
    public ComponentSpec<INoiseModel>? Noise { get; set; }

    [Description("fresh: new noise every epoch; fixed: one noisy copy made once, as the seed experiments did.")]
    public NoiseMode NoiseMode { get; set; } = NoiseMode.Fresh;

    [Description("The trainable denoiser, e.g. {type: conv-ae}.")]
    [Required]
    public ComponentSpec<IDenoiser>? Denoiser { get; set; }

    [Description("Train on random crops of the images (any sizes) instead of whole images, e.g. {size: 40, per_epoch: 128000, augment: dihedral}; noise is drawn afresh for every patch.")]
    public PatchOptions? Patches { get; set; }

    [Description("Epochs, batch size, learning rate, loss, optimizer.")]
    public TrainingOptions Training { get; set; } = new();

    [Description("Optional id of a noise step whose pairs are scored (PSNR) after each epoch, or every training.validate_every steps.")]
    public StepReference? ValidateOn { get; set; }

    [Description("Score only the first this many pairs of validate_on (a few full-size images keep frequent validation cheap); unset: all of them.")]
    [Range(1, int.MaxValue)]
    public int? ValidateCount { get; set; }

    [Description("Seed of weights, batch order and training noise; defaults to one derived from the experiment seed.")]
    public int? Seed { get; set; }

    public override OutputKind Produces => OutputKind.Model;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Patches is not null && NoiseMode == NoiseMode.Fixed)
            yield return new ValidationResult("patches draw fresh noise for every patch; noise_mode fixed does not apply to them", [nameof(NoiseMode)]);
        if (ValidateOn is null && (ValidateCount is not null || Training.ValidateEvery is not null || Training.KeepBest))
            yield return new ValidationResult(
                "validate_count, training.validate_every and training.keep_best need validation pairs: set validate_on to a noise step", [nameof(ValidateOn)]);
    }

    public override IEnumerable<StepInput> References =>
        ValidateOn is null
            ? [new(Input!, OutputKind.Images)]
            : [new(Input!, OutputKind.Images), new(ValidateOn, OutputKind.NoisyImages)];
}

public enum NoiseMode
{
    Fresh,
    Fixed,
}

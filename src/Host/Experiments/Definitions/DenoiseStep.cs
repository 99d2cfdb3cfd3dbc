using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Denoising.Abstractions;
using Denoising.Host.Applying;

namespace Denoising.Host.Experiments.Definitions;

/// <summary>Runs a trained model, or a denoiser that needs no training, over a set of images.</summary>
public sealed class DenoiseStep : StepDefinition, IValidatableObject
{
    public override string Kind => "denoise";

    [Description("Noisy images: usually a noise step id.")]
    [Required]
    public StepReference? Input { get; set; }

    [Description("Id of a train step whose model denoises.")]
    public StepReference? Model { get; set; }

    [Description("Or a model file: models/STEP.model of another run, or one made by 'denoise import' (relative to base_directory).")]
    public string? ModelFile { get; set; }

    [Description("Or a denoiser that needs no training, e.g. {type: median}.")]
    public ComponentSpec<IDenoiser>? Denoiser { get; set; }

    [Description("Images larger than this (height or width) are denoised in overlapping tiles of this side, so memory stays bounded; a multiple of 16.")]
    [Range(16, 65_536)]
    public int TileSize { get; set; } = 1024;

    [Description("Pixels of context around each tile's kept core (a multiple of 16; at least the network's reach for results equal to whole-image ones).")]
    [Range(0, 65_536)]
    public int TileOverlap { get; set; } = 32;

    public override OutputKind Produces => OutputKind.Images;

    public override IEnumerable<StepInput> References =>
        Model is null
            ? [new(Input!, OutputKind.Images)]
            : [new(Input!, OutputKind.Images), new(Model, OutputKind.Model)];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (new object?[] { Model, ModelFile, Denoiser }.Count(given => given is not null) != 1)
            yield return new ValidationResult(
                "give exactly one of 'model' (a train step id), 'model_file' (a saved model) or 'denoiser' (a denoiser needing no training)", [nameof(Model)]);
        if (TileSize % ImageTiles.Alignment != 0 || TileOverlap % ImageTiles.Alignment != 0 || TileSize <= 2 * TileOverlap)
            yield return new ValidationResult(
                $"tile_size ({TileSize}) and tile_overlap ({TileOverlap}) must be multiples of {ImageTiles.Alignment}, the size more than twice the overlap", [nameof(TileSize)]);
    }
}

using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Denoising.Abstractions;
using Denoising.Host.Evaluation;
using Denoising.Host.Running.Steps;

namespace Denoising.Host.Experiments.Definitions;

/// <summary>Scores image sets against their clean references and draws comparison grids.</summary>
public sealed class EvaluateStep : StepDefinition, IValidatableObject
{
    public override string Kind => "evaluate";

    [Description("Clean images: a dataset split or a step id.")]
    [Required]
    public StepReference? Reference { get; set; }

    [Description("Image sets to score, in grid row order (e.g. [noisy, denoised]).")]
    [MinLength(1)]
    public List<StepReference> Inputs { get; set; } = [];

    [Description("Metrics to compute, by name (registered by plugins), in output order.")]
    [MinLength(1)]
    public List<ComponentSpec<IMetric>> Metrics { get; set; } = [Metric("mse"), Metric("psnr"), Metric("ssim")];

    [Description("Clip each input to [0, 1] and round it to this many bits (8: the DnCNN/KAIR benchmark protocol) before scoring; 0 scores the inputs as they are.")]
    [Range(0, PixelQuantizer.MaxBits)]
    public int QuantizeBits { get; set; }

    [Description("Comparison grid: columns (0 = none) and scale.")]
    public GridOptions Grid { get; set; } = new();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var duplicate in Metrics.GroupBy(m => m.Type).Where(g => g.Count() > 1))
            yield return new ValidationResult($"metric '{duplicate.Key}' is listed twice", [nameof(Metrics)]);
        foreach (var duplicate in Inputs.GroupBy(i => i.Name).Where(g => g.Count() > 1))
            yield return new ValidationResult($"'{duplicate.Key}' is listed twice", [nameof(Inputs)]);
    }

    public override OutputKind Produces => OutputKind.Metrics;

    private static ComponentSpec<IMetric> Metric(string name) => new(name, new NoOptions());

    public override IEnumerable<StepInput> References =>
        Inputs.Select(input => new StepInput(input, OutputKind.Images)).Prepend(new StepInput(Reference!, OutputKind.Images));
}

public sealed class GridOptions
{
    [Description("Example images per row; 0 draws no grid.")]
    [Range(0, 256)]
    public int Columns { get; set; } = 8;

    [Description("Pixel scale for viewing.")]
    [Range(1, 32)]
    public int Scale { get; set; } = 4;

    [Description("Largest height and width shown of an image (before scaling); larger images show their centre crop.")]
    [Range(1, 4096)]
    public int Crop { get; set; } = 128;
}

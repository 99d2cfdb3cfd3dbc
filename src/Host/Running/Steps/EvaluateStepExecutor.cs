using Denoising.Abstractions;
using Denoising.Host.Evaluation;
using Denoising.Host.Experiments.Definitions;
using Denoising.Host.Output;

namespace Denoising.Host.Running.Steps;

/// <summary>Scores image sets against their clean reference, rewrites the run's metric files and draws the grid.</summary>
public sealed class EvaluateStepExecutor : StepExecutor<EvaluateStep>
{
    protected override void Prepare(EvaluateStep step, RunComponents components) =>
        components.Keep(step.Id, step.Metrics.Select(spec => new NamedMetric(spec.Type, components.Create(spec))).ToList());

    protected override StepTiming? Run(EvaluateStep step, RunState state, CancellationToken cancellationToken)
    {
        // Read once: a dataset split decodes its images each time they are read.
        var reference = state.Images(step.Reference!).Images.ToArray();
        var inputs = step.Inputs.Select(input => new NamedImageSet(input.Name, ScoredImages(step, state.Images(input).Images))).ToList();
        var metrics = state.Components.Prepared<List<NamedMetric>>(step.Id);
        var result = new ImageSetEvaluator(metrics).Evaluate(reference, inputs, cancellationToken);
        state.Metrics.Add(step.Id, result);
        state.Metrics.WriteTo(state.Directory.Path);
        if (step.Grid.Columns > 0)
        {
            var rows = inputs.Prepend(new NamedImageSet("clean", reference)).ToList();
            ComparisonGrid.Save(state.Directory.GridFile(step.Id), state.Directory.GridLayoutFile(step.Id), rows,
                new ComparisonGridOptions { Columns = step.Grid.Columns, Scale = step.Grid.Scale, Crop = step.Grid.Crop });
        }
        return null;
    }

    private static IReadOnlyList<Image> ScoredImages(EvaluateStep step, IReadOnlyList<Image> images) =>
        step.QuantizeBits > 0 ? PixelQuantizer.Quantize(images, step.QuantizeBits) : images;
}

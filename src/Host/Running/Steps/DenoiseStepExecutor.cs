using Denoising.Abstractions;
using Denoising.Host.Applying;
using Denoising.Host.Experiments.Definitions;
using Denoising.Host.Models;

namespace Denoising.Host.Running.Steps;

public sealed class DenoiseStepExecutor(ModelLoader models) : StepExecutor<DenoiseStep>
{
    protected override void Prepare(DenoiseStep step, RunComponents components)
    {
        if (step.Denoiser is not null)
            components.Keep(step.Id, components.Create(step.Denoiser));
        else if (step.ModelFile is { } file)
        {
            var path = components.Context.ResolvePath(file);
            // The run's plugins are loaded already; the model's description names its denoiser among them.
            components.Keep(step.Id, components.Refusable(step, $"steps.{step.Id}.model_file",
                () => models.Load(path, [], components.Context.Runtime)));
        }
    }

    protected override StepTiming? Run(DenoiseStep step, RunState state, CancellationToken cancellationToken)
    {
        var denoiser = step.Model is not null ? state.Model(step.Model).Denoiser
            : step.ModelFile is not null ? state.Components.Prepared<LoadedModel>(step.Id).Denoiser
            : state.Components.Prepared<IDenoiser>(step.Id);
        var input = state.Images(step.Input!).Images;
        var output = TiledDenoising.Denoise(denoiser, input, step.TileSize, step.TileOverlap, cancellationToken);
        if (output.Count != input.Count)
            throw new InvalidOperationException($"step {step.Id}: the denoiser returned {output.Count} images for {input.Count}");
        state.Publish(step.Id, new ImageSet(output));
        return null;
    }
}

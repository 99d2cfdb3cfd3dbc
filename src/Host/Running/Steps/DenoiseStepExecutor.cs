using Denoising.Abstractions;
using Denoising.Host.Applying;
using Denoising.Host.Experiments.Definitions;

namespace Denoising.Host.Running.Steps;

public sealed class DenoiseStepExecutor : StepExecutor<DenoiseStep>
{
    protected override void Prepare(DenoiseStep step, RunComponents components)
    {
        if (step.Denoiser is not null)
            components.Keep(step.Id, components.Create(step.Denoiser));
    }

    protected override StepTiming? Run(DenoiseStep step, RunState state, CancellationToken cancellationToken)
    {
        var denoiser = step.Model is null ? state.Components.Prepared<IDenoiser>(step.Id) : state.Model(step.Model).Denoiser;
        var input = state.Images(step.Input!).Images;
        var output = TiledDenoising.Denoise(denoiser, input, step.TileSize, step.TileOverlap, cancellationToken);
        if (output.Count != input.Count)
            throw new InvalidOperationException($"step {step.Id}: the denoiser returned {output.Count} images for {input.Count}");
        state.Publish(step.Id, new ImageSet(output));
        return null;
    }
}

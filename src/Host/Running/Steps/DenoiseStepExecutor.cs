using Denoising.Abstractions;
using Denoising.Host.Experiments.Definitions;

namespace Denoising.Host.Running.Steps;

public sealed class DenoiseStepExecutor : StepExecutor<DenoiseStep>
{
    protected override void Prepare(DenoiseStep step, RunState state)
    {
        if (step.Denoiser is not null)
            state.Prepare(step.Id, state.Components.Create(step.Denoiser));
    }

    protected override StepTiming? Run(DenoiseStep step, RunState state, CancellationToken cancellationToken)
    {
        var denoiser = step.Model is null ? state.Prepared<IDenoiser>(step.Id) : state.Model(step.Model);
        var input = state.Images(step.Input);
        var output = denoiser.Denoise(input, cancellationToken);
        if (output.Count != input.Count)
            throw new InvalidOperationException($"step {step.Id}: the denoiser returned {output.Count} images for {input.Count}");
        state.SetOutput(step.Id, output);
        return null;
    }
}

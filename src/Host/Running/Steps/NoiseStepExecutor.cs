using Denoising.Abstractions;
using Denoising.Host.Experiments.Definitions;

namespace Denoising.Host.Running.Steps;

public sealed class NoiseStepExecutor : StepExecutor<NoiseStep>
{
    protected override void Prepare(NoiseStep step, RunComponents components) =>
        components.Keep(step.Id, components.Create(step.Noise!));

    protected override StepTiming? Run(NoiseStep step, RunState state, CancellationToken cancellationToken)
    {
        var noise = state.Components.Prepared<INoiseModel>(step.Id);
        var seed = state.Experiment.SeedOf(step.Id, step.Seed);
        var clean = state.Images(step.Input!);
        state.Publish(step.Id, new ImageSet(NoiseApplier.ApplyAll(noise, clean.Images, seed, cancellationToken), CleanSource: clean));
        return null;
    }
}

using Denoising.Abstractions;
using Denoising.Host.Experiments.Definitions;

namespace Denoising.Host.Running.Steps;

public sealed class NoiseStepExecutor : StepExecutor<NoiseStep>
{
    protected override void Prepare(NoiseStep step, RunState state) =>
        state.Prepare(step.Id, state.Components.Create(step.Noise!));

    protected override StepTiming? Run(NoiseStep step, RunState state, CancellationToken cancellationToken)
    {
        var noise = state.Prepared<INoiseModel>(step.Id);
        var seed = state.Experiment.SeedOf(step.Id, step.Seed);
        state.SetOutput(step.Id, NoiseApplier.ApplyAll(noise, state.Images(step.Input), seed, cancellationToken));
        state.CleanSourceOf[step.Id] = step.Input;
        return null;
    }
}

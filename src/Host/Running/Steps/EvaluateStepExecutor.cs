using Denoising.Host.Experiments.Definitions;

namespace Denoising.Host.Running.Steps;

/// <summary>PLACEHOLDER until the evaluation branch lands.</summary>
public sealed class EvaluateStepExecutor : StepExecutor<EvaluateStep>
{
    protected override StepTiming? Run(EvaluateStep step, RunState state, CancellationToken cancellationToken) => null;
}

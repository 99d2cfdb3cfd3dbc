using Denoising.Host.Experiments.Definitions;

namespace Denoising.Host.Running.Steps;

/// <summary>Runs one kind of step.</summary>
public interface IStepExecutor
{
    bool CanRun(StepDefinition step);

    /// <summary>Creates the step's components, so that bad options fail before any step runs.</summary>
    void Prepare(StepDefinition step, RunComponents components);

    /// <returns>Seconds per epoch for training steps, with the loss history; null otherwise.</returns>
    StepTiming? Run(StepDefinition step, RunState state, CancellationToken cancellationToken);
}

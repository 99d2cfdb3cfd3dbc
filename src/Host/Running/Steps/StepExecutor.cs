using Denoising.Host.Experiments.Definitions;

namespace Denoising.Host.Running.Steps;

/// <summary>Typed base of the step executors.</summary>
public abstract class StepExecutor<TStep> : IStepExecutor where TStep : StepDefinition
{
    public bool CanRun(StepDefinition step) => step is TStep;

    public void Prepare(StepDefinition step, RunComponents components) => Prepare((TStep)step, components);

    public StepTiming? Run(StepDefinition step, RunState state, CancellationToken cancellationToken) =>
        Run((TStep)step, state, cancellationToken);

    protected virtual void Prepare(TStep step, RunComponents components)
    {
    }

    protected abstract StepTiming? Run(TStep step, RunState state, CancellationToken cancellationToken);
}

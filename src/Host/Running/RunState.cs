using Denoising.Host.Experiments;
using Denoising.Host.Experiments.Definitions;
using Denoising.Host.Output;

namespace Denoising.Host.Running;

/// <summary>Everything the steps of one run share: outputs by name, components, the run folder.</summary>
public sealed class RunState(Experiment experiment, RunDirectory directory, RunComponents components)
{
    private readonly Dictionary<string, StepOutput> _outputs = new(StringComparer.Ordinal);

    public Experiment Experiment { get; } = experiment;
    public RunDirectory Directory { get; } = directory;
    public RunComponents Components { get; } = components;
    public List<StepTiming> Timings { get; } = [];
    public MetricsReport Metrics { get; } = new();

    public void Publish(string name, StepOutput output) => _outputs[name] = output;

    /// <summary>The output a reference names; the graph checked its kind before the run.</summary>
    public T Read<T>(StepReference reference) where T : StepOutput =>
        _outputs.TryGetValue(reference.Name, out var output) && output is T typed
            ? typed
            : throw new InvalidOperationException($"'{reference.Name}' ({reference.KeyPath}) holds no {typeof(T).Name} at this point of the run");

    public ImageSet Images(StepReference reference) => Read<ImageSet>(reference);

    public TrainedModel Model(StepReference reference) => Read<TrainedModel>(reference);
}

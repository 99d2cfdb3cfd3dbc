using Denoising.Abstractions;
using Denoising.Host.Experiments;
using Denoising.Host.Output;
using Microsoft.Extensions.Logging;

namespace Denoising.Host.Running;

/// <summary>Everything the steps of one run share: outputs by name, components, the run folder.</summary>
public sealed class RunState
{
    private readonly Dictionary<string, object> _outputs = new(StringComparer.Ordinal);

    public RunState(Experiment experiment, RunDirectory directory, ComponentFactory components, ILoggerFactory loggerFactory)
    {
        Experiment = experiment;
        Directory = directory;
        Components = components;
        LoggerFactory = loggerFactory;
    }

    public Experiment Experiment { get; }
    public RunDirectory Directory { get; }
    public ComponentFactory Components { get; }
    public ILoggerFactory LoggerFactory { get; }
    public List<StepTiming> Timings { get; } = [];
    public MetricsReport Metrics { get; } = new();

    /// <summary>Clean originals of each noise step's output, for training validation and default references.</summary>
    public Dictionary<string, string> CleanSourceOf { get; } = new(StringComparer.Ordinal);

    public void SetOutput(string name, object value) => _outputs[name] = value;

    public IReadOnlyList<Image> Images(string name) => (IReadOnlyList<Image>)_outputs[name];

    public IDenoiser Model(string name) => (IDenoiser)_outputs[name];

    public bool Has(string name) => _outputs.ContainsKey(name);

    private readonly Dictionary<string, object> _prepared = new(StringComparer.Ordinal);

    /// <summary>Keeps a component created before the run for the step that will use it.</summary>
    public void Prepare(string stepId, object component) => _prepared[stepId] = component;

    public T Prepared<T>(string stepId) => (T)_prepared[stepId];

    /// <summary>Releases native resources (model weights) of every component the run created.</summary>
    public void DisposeComponents()
    {
        foreach (var disposable in _prepared.Values.Concat(_outputs.Values).OfType<IDisposable>().Distinct())
            disposable.Dispose();
    }
}

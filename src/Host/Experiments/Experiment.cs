using Denoising.Host.Configuration;
using Denoising.Host.Experiments.Definitions;

namespace Denoising.Host.Experiments;

/// <summary>A parsed, validated experiment: its settings and its steps in an order that respects their inputs.</summary>
public sealed record Experiment(
    string Name,
    ExperimentOptions Options,
    IReadOnlyList<StepDefinition> Steps,
    ConfigDocument Document)
{
    /// <summary>Where relative paths in component options resolve: <c>base_directory</c>, else the file's folder.</summary>
    public string BaseDirectory =>
        Options.BaseDirectory is { Length: > 0 } written ? Path.GetFullPath(written, Document.BaseDirectory) : Document.BaseDirectory;

    /// <summary>Every plugin folder searched besides the host's defaults (<c>--plugins</c> and the file's), absolute.</summary>
    public IReadOnlyList<string> PluginDirectories { get; init; } = [];

    /// <summary>Seed of a step: its own when given, else derived from the experiment seed and the step id.</summary>
    public int SeedOf(string stepId, int? explicitSeed) => explicitSeed ?? StableHash.Combine(Options.Seed, stepId);
}

using Denoising.Host.Configuration;
using Denoising.Host.Experiments.Definitions;
using YamlDotNet.RepresentationModel;

namespace Denoising.Host.Experiments;

/// <summary>Turns a config document into an <see cref="Experiment"/>, reporting every problem at once.</summary>
public static class ExperimentParser
{
    /// <summary>The step kinds by the name written as <c>kind:</c>, with their definition types.</summary>
    public static readonly IReadOnlyDictionary<string, Type> StepKinds = new Dictionary<string, Type>
    {
        ["noise"] = typeof(NoiseStep),
        ["train"] = typeof(TrainStep),
        ["denoise"] = typeof(DenoiseStep),
        ["evaluate"] = typeof(EvaluateStep),
    };

    private const string StepsKey = "steps";

    /// <summary>A sweep section in an experiment file; the sweep command reads it, a single run ignores it.</summary>
    public const string SweepKey = "sweep";

    /// <summary>Plugin folders named in the file, resolved against its folder; read before components can be bound.</summary>
    public static IReadOnlyList<string> PluginDirectories(ConfigDocument document)
    {
        if (!document.Root.Children.TryGetValue(new YamlScalarNode("plugin_directories"), out var node) || node is not YamlSequenceNode list)
            return [];
        return list.Children.OfType<YamlScalarNode>()
            .Select((item, index) => Path.GetFullPath(ExpandVariables(document, item, $"plugin_directories[{index}]"), document.BaseDirectory))
            .ToList();
    }

    private static string ExpandVariables(ConfigDocument document, YamlScalarNode item, string keyPath)
    {
        try
        {
            return PathVariables.Expand(item.Value ?? "");
        }
        catch (ArgumentException e)
        {
            throw new ConfigException(new ConfigError(document.LocationOf(item), keyPath, e.Message));
        }
    }

    public static Experiment Parse(ConfigDocument document, IComponentLookup components)
    {
        var binder = new OptionsBinder(document, components);
        var options = (ExperimentOptions?)binder.BindObject(document.Root, typeof(ExperimentOptions), "", StepsKey, SweepKey) ?? new ExperimentOptions();
        var steps = ParseSteps(document, binder);
        // The graph is checked even when some options are wrong, so one pass reports every problem it can see.
        var ordered = ExperimentGraph.Order(options, steps, binder);
        binder.ThrowIfErrors();
        var name = options.Name ?? FolderName(Path.GetFileNameWithoutExtension(document.FilePath));
        return new Experiment(name, options, ordered, document);
    }

    private static List<StepDefinition> ParseSteps(ConfigDocument document, OptionsBinder binder)
    {
        var steps = new List<StepDefinition>();
        if (!document.Root.Children.TryGetValue(new YamlScalarNode(StepsKey), out var stepsNode))
        {
            binder.AddError(document.Root, StepsKey, "missing; list the steps (noise, train, denoise, evaluate)");
            return steps;
        }
        if (stepsNode is not YamlSequenceNode sequence || sequence.Children.Count == 0)
        {
            binder.AddError(stepsNode, StepsKey, "expected a non-empty list of steps");
            return steps;
        }
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            if (ParseStep(sequence.Children[i], $"{StepsKey}[{i}]", binder) is { } step)
                steps.Add(step);
        }
        return steps;
    }

    private static StepDefinition? ParseStep(YamlNode node, string keyPath, OptionsBinder binder)
    {
        if (node is not YamlMappingNode mapping)
        {
            binder.AddError(node, keyPath, "expected a step mapping with 'id' and 'kind'");
            return null;
        }
        var kinds = string.Join(", ", StepKinds.Keys);
        if (!mapping.Children.TryGetValue(new YamlScalarNode("kind"), out var kindNode))
        {
            binder.AddError(node, $"{keyPath}.kind", $"missing; one of: {kinds}");
            return null;
        }
        var kind = (kindNode as YamlScalarNode)?.Value ?? "";
        if (!StepKinds.TryGetValue(kind, out var stepType))
        {
            binder.AddError(kindNode, $"{keyPath}.kind", $"unknown step kind '{kind}'; one of: {kinds}");
            return null;
        }
        var step = (StepDefinition?)binder.BindObject(mapping, stepType, keyPath, "kind");
        if (step is not null)
        {
            step.Source = mapping;
            step.KeyPath = keyPath;
        }
        return step;
    }

    /// <summary>A file name made fit for <see cref="ExperimentOptions.NamePattern"/>: other characters become '-'.</summary>
    private static string FolderName(string fileName)
    {
        var safe = new string(fileName.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' ? c : '-').ToArray()).TrimStart('.', '-', '_');
        return safe.Length == 0 ? "experiment" : safe[..Math.Min(safe.Length, 100)];
    }
}

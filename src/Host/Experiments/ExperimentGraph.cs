using Denoising.Host.Configuration;
using Denoising.Host.Experiments.Definitions;
using YamlDotNet.RepresentationModel;

namespace Denoising.Host.Experiments;

/// <summary>
/// Checks the step graph before anything runs (unique ids, known references of the right kind, no cycles)
/// and orders the steps so that each runs after its inputs.
/// </summary>
public static class ExperimentGraph
{
    public static IReadOnlyList<StepDefinition> Order(ExperimentOptions options, IReadOnlyList<StepDefinition> steps, OptionsBinder binder)
    {
        var outputs = Outputs(options, steps, binder);
        var stepsById = steps.GroupBy(s => s.Id).ToDictionary(g => g.Key, g => g.First());
        foreach (var step in steps)
            CheckReferences(step, outputs, stepsById, binder);
        if (binder.Errors.Count > 0)
            return steps;
        return TopologicalOrder(steps, stepsById, binder);
    }

    /// <summary>Every name a step can read and what it holds.</summary>
    public static Dictionary<string, (OutputKind Kind, string Producer)> Outputs(
        ExperimentOptions options, IReadOnlyList<StepDefinition> steps, OptionsBinder? binder = null)
    {
        var outputs = new Dictionary<string, (OutputKind, string)>(StringComparer.Ordinal);
        foreach (var name in options.Datasets.Keys)
        {
            outputs[name] = (OutputKind.Images, $"dataset {name}");
            outputs[$"{name}.train"] = (OutputKind.Images, $"dataset {name}");
            outputs[$"{name}.test"] = (OutputKind.Images, $"dataset {name}");
        }
        foreach (var step in steps)
        {
            if (outputs.TryGetValue(step.Id, out var existing))
            {
                binder?.AddError(NodeOf(step, "id"), "id", $"'{step.Id}' is already used by {existing.Item2}");
                continue;
            }
            outputs[step.Id] = (OutputOf(step), $"{step.Kind} step {step.Id}");
        }
        return outputs;
    }

    public static OutputKind OutputOf(StepDefinition step) => step switch
    {
        TrainStep => OutputKind.Model,
        EvaluateStep => OutputKind.Metrics,
        _ => OutputKind.Images,
    };

    private static void CheckReferences(
        StepDefinition step,
        Dictionary<string, (OutputKind Kind, string Producer)> outputs,
        Dictionary<string, StepDefinition> stepsById,
        OptionsBinder binder)
    {
        foreach (var input in step.References)
        {
            var node = NodeOf(step, input.Key);
            var keyPath = $"steps.{step.Id}.{input.Key}";
            if (input.Reference == step.Id)
                binder.AddError(node, keyPath, "a step cannot read its own output");
            else if (!outputs.TryGetValue(input.Reference, out var output))
                binder.AddError(node, keyPath, $"unknown reference '{input.Reference}'; known: {string.Join(", ", outputs.Keys.Order(StringComparer.Ordinal))}");
            else if (output.Kind != input.Expected)
                binder.AddError(node, keyPath, $"expected {Describe(input.Expected)}, but '{input.Reference}' is {Describe(output.Kind)} ({output.Producer})");
        }
        if (step is TrainStep { ValidateOn: { } validation } && stepsById.TryGetValue(validation, out var source) && source is not NoiseStep)
            binder.AddError(NodeOf(step, "validate_on"), $"steps.{step.Id}.validate_on", $"expected the id of a noise step (its noisy and clean pairs), but '{validation}' is a {source.Kind} step");
    }

    private static List<StepDefinition> TopologicalOrder(IReadOnlyList<StepDefinition> steps, Dictionary<string, StepDefinition> stepsById, OptionsBinder binder)
    {
        var order = new List<StepDefinition>();
        var state = new Dictionary<string, bool>(); // false: on the current path, true: done
        var path = new Stack<string>();

        bool Visit(StepDefinition step)
        {
            if (state.TryGetValue(step.Id, out var done))
            {
                if (done)
                    return true;
                var cycle = path.Reverse().SkipWhile(id => id != step.Id).Append(step.Id);
                binder.AddError(NodeOf(step, "id"), $"steps.{step.Id}", $"steps form a cycle: {string.Join(" -> ", cycle)}");
                return false;
            }
            state[step.Id] = false;
            path.Push(step.Id);
            foreach (var input in step.References)
            {
                if (stepsById.TryGetValue(input.Reference, out var dependency) && !Visit(dependency))
                    return false;
            }
            path.Pop();
            state[step.Id] = true;
            order.Add(step);
            return true;
        }

        foreach (var step in steps)
        {
            if (!Visit(step))
                break;
        }
        return order;
    }

    private static YamlNode NodeOf(StepDefinition step, string key)
    {
        var source = step.Source ?? new YamlMappingNode();
        var bare = key.Split('[')[0];
        if (!source.Children.TryGetValue(new YamlScalarNode(bare), out var node))
            return source;
        var open = key.IndexOf('[');
        if (open > 0 && node is YamlSequenceNode list && int.TryParse(key[(open + 1)..^1], out var index) && index < list.Children.Count)
            return list.Children[index];
        return node;
    }

    private static string Describe(OutputKind kind) => kind switch
    {
        OutputKind.Images => "images",
        OutputKind.Model => "a trained model",
        _ => "metrics",
    };
}

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
            CheckReferences(step, outputs, binder);
        if (binder.Errors.Count > 0)
            return steps;
        return TopologicalOrder(steps, stepsById, binder);
    }

    /// <summary>Every name a step can read, what it holds and who makes it.</summary>
    private static Dictionary<string, Producer> Outputs(ExperimentOptions options, IReadOnlyList<StepDefinition> steps, OptionsBinder binder)
    {
        var outputs = new Dictionary<string, Producer>(StringComparer.Ordinal);
        foreach (var name in options.Datasets.Keys)
        {
            var dataset = new Producer(OutputKind.Images, $"dataset {name}", null);
            outputs[name] = dataset;
            outputs[$"{name}.train"] = dataset;
            outputs[$"{name}.test"] = dataset;
        }
        foreach (var step in steps)
        {
            if (outputs.TryGetValue(step.Id, out var existing))
            {
                binder.AddError(IdNode(step), "id", $"'{step.Id}' is already used by {existing.Description}");
                continue;
            }
            outputs[step.Id] = new Producer(step.Produces, $"{step.Kind} step {step.Id}", step.Kind);
        }
        return outputs;
    }

    private static void CheckReferences(StepDefinition step, Dictionary<string, Producer> outputs, OptionsBinder binder)
    {
        // A reference the binder could not read (already reported) has nothing to check.
        foreach (var (reference, expected) in step.References.Where(r => r.Reference is not null))
        {
            // Reported as steps.ID.KEY, the id being what a --set override names the step by.
            var keyPath = $"steps.{step.Id}{reference.KeyPath[step.KeyPath.Length..]}";
            if (reference.Name == step.Id)
                binder.AddError(reference.Node, keyPath, "a step cannot read its own output");
            else if (!outputs.TryGetValue(reference.Name, out var output))
                binder.AddError(reference.Node, keyPath, $"unknown reference '{reference.Name}'; known: {string.Join(", ", outputs.Keys.Order(StringComparer.Ordinal))}");
            else if (!Satisfies(output.Kind, expected))
                binder.AddError(reference.Node, keyPath, Mismatch(reference.Name, expected, output));
        }
    }

    /// <summary>Noisy images are images too; every other kind only satisfies itself.</summary>
    private static bool Satisfies(OutputKind actual, OutputKind expected) =>
        actual == expected || (actual == OutputKind.NoisyImages && expected == OutputKind.Images);

    private static string Mismatch(string name, OutputKind expected, Producer output) =>
        expected == OutputKind.NoisyImages && output.StepKind is { } stepKind
            ? $"expected {Describe(expected)}, but '{name}' is a {stepKind} step"
            : $"expected {Describe(expected)}, but '{name}' is {DescribeHeld(output.Kind)} ({output.Description})";

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
                binder.AddError(IdNode(step), $"steps.{step.Id}", $"steps form a cycle: {string.Join(" -> ", cycle)}");
                return false;
            }
            state[step.Id] = false;
            path.Push(step.Id);
            foreach (var input in step.References)
            {
                if (stepsById.TryGetValue(input.Reference.Name, out var dependency) && !Visit(dependency))
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

    private static YamlNode IdNode(StepDefinition step)
    {
        var source = step.Source ?? new YamlMappingNode();
        return source.Children.TryGetValue(new YamlScalarNode("id"), out var node) ? node : source;
    }

    /// <summary>What a reference needs, as the error says it.</summary>
    private static string Describe(OutputKind kind) => kind switch
    {
        OutputKind.Images => "images",
        OutputKind.NoisyImages => "the id of a noise step (its noisy and clean pairs)",
        OutputKind.Model => "a trained model",
        _ => "metrics",
    };

    /// <summary>What a name holds, as the error says it: noisy images are images.</summary>
    private static string DescribeHeld(OutputKind kind) => Describe(kind == OutputKind.NoisyImages ? OutputKind.Images : kind);

    /// <param name="StepKind">The kind of the step that makes it; null for a dataset.</param>
    private sealed record Producer(OutputKind Kind, string Description, string? StepKind);
}

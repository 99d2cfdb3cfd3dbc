using System.Globalization;
using Denoising.Host.Configuration;
using YamlDotNet.RepresentationModel;

namespace Denoising.Host.Running;

/// <summary>
/// Before a run resumes in a folder, compares what decides training in the folder's config.yaml (the experiment as
/// it last ran) with the experiment about to run. Checkpoints trained on other data, noise or networks must not be
/// resumed as if they were this experiment's: such a change is refused with the differing keys. What is safe to
/// change: more epochs, threads, device, evaluation and non-training steps (they run again in full).
/// </summary>
public static class ResumeCheck
{
    /// <summary>Train-step keys that do not change what the checkpoints hold.</summary>
    private static readonly HashSet<string> FreeTrainKeys = new(StringComparer.Ordinal)
    {
        "training.epochs", "training.checkpoint_every", "validate_on", "denoiser.inference_batch_size",
    };

    /// <param name="previousYaml">config.yaml of the folder.</param>
    /// <param name="currentYaml">The resolved experiment about to run.</param>
    /// <param name="trainedSteps">Train steps that already have checkpoints in the folder.</param>
    /// <returns>Each conflicting key with what changed. A key the earlier config did not write (older versions left
    /// defaults out) says nothing and is passed over.</returns>
    public static IReadOnlyList<(string Key, string Problem)> FindConflicts(string previousYaml, string currentYaml, IReadOnlySet<string> trainedSteps)
    {
        if (trainedSteps.Count == 0)
            return [];
        var previous = Flatten(previousYaml);
        var current = Flatten(currentYaml);
        var conflicts = new List<(string, string)>();
        foreach (var (key, was) in previous.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!Decides(key, trainedSteps, out var stepKey))
                continue;
            current.TryGetValue(key, out var now);
            if (stepKey == "training.epochs")
            {
                if (Number(now) < Number(was))
                    conflicts.Add((key, $"{was} epochs are already trained; now {now}. Only more epochs can resume"));
                continue;
            }
            if (stepKey is not null && FreeTrainKeys.Contains(stepKey))
                continue;
            if (!string.Equals(was, now, StringComparison.Ordinal))
                conflicts.Add((key, $"was {was ?? "(absent)"}, now {now ?? "(absent)"}"));
        }
        return conflicts;
    }

    /// <summary>Whether <paramref name="key"/> decides what a trained step's checkpoints hold.</summary>
    private static bool Decides(string key, IReadOnlySet<string> trainedSteps, out string? stepKey)
    {
        stepKey = null;
        if (key == "seed" || key.StartsWith("datasets.", StringComparison.Ordinal))
            return true;
        if (!key.StartsWith("steps.", StringComparison.Ordinal))
            return false;
        var rest = key["steps.".Length..];
        var dot = rest.IndexOf('.');
        if (dot < 0 || !trainedSteps.Contains(rest[..dot]))
            return false;
        stepKey = rest[(dot + 1)..];
        return stepKey != "id";
    }

    private static double Number(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : 0;

    /// <summary>Every scalar by its key path; steps by id (<c>steps.model.training.epochs</c>), list items by index.</summary>
    private static Dictionary<string, string> Flatten(string yaml)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (YamlLimits.FindViolation(yaml) is not null)
            return values;
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        if (stream.Documents.Count > 0)
            Add(stream.Documents[0].RootNode, "", values);
        return values;
    }

    private static void Add(YamlNode node, string path, Dictionary<string, string> values)
    {
        switch (node)
        {
            case YamlScalarNode scalar:
                values[path] = scalar.Value ?? "";
                break;
            case YamlMappingNode mapping:
                foreach (var (key, child) in mapping.Children)
                    Add(child, Join(path, ((YamlScalarNode)key).Value ?? ""), values);
                break;
            case YamlSequenceNode sequence:
                for (var i = 0; i < sequence.Children.Count; i++)
                {
                    var item = sequence.Children[i];
                    var segment = path == "steps" && item is YamlMappingNode step
                                  && step.Children.TryGetValue(new YamlScalarNode("id"), out var id) && id is YamlScalarNode { Value: { } name }
                        ? name
                        : i.ToString(CultureInfo.InvariantCulture);
                    Add(item, Join(path, segment), values);
                }
                break;
        }
    }

    private static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";
}

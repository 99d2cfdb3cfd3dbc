using Denoising.Host.Configuration;
using Denoising.Host.Experiments;
using YamlDotNet.RepresentationModel;

namespace Denoising.Host.Sweeps;

/// <summary>
/// Where a sweep comes from: an experiment file with a <c>sweep:</c> section, or a sweep file whose
/// <c>base:</c> names the experiment (relative to the sweep file) next to the sweep keys.
/// </summary>
/// <param name="ExperimentPath">The experiment each point runs, with the point's overrides.</param>
/// <param name="Name">The sweep file's name without extension; names the default output folder.</param>
public sealed record SweepSource(string ExperimentPath, string Name, SweepDefinition Definition)
{
    public const string BaseKey = "base";

    public static SweepSource Load(string path)
    {
        var document = ConfigDocument.Load(path);
        var root = document.Root;
        var name = Path.GetFileNameWithoutExtension(document.FilePath);
        if (root.Children.TryGetValue(new YamlScalarNode(BaseKey), out var baseNode))
        {
            var definition = SweepParser.Parse(document, root, "", BaseKey);
            return new SweepSource(BasePath(document, baseNode), name, definition);
        }
        if (root.Children.TryGetValue(new YamlScalarNode(ExperimentParser.SweepKey), out var section))
        {
            if (section is not YamlMappingNode mapping)
                throw new ConfigException(new ConfigError(document.LocationOf(section), ExperimentParser.SweepKey, "expected a mapping with grid, zip, exclude, labels, report"));
            return new SweepSource(document.FilePath, name, SweepParser.Parse(document, mapping, ExperimentParser.SweepKey));
        }
        throw new ConfigException(new ConfigError(document.FilePath, "",
            "nothing to sweep: add a 'sweep:' section (grid, zip, exclude, labels, report) or write a sweep file with 'base: experiment.yaml' and those keys"));
    }

    private static string BasePath(ConfigDocument document, YamlNode node)
    {
        if (node is not YamlScalarNode { Value: { Length: > 0 } relative })
            throw new ConfigException(new ConfigError(document.LocationOf(node), BaseKey, "expected the path of the experiment file to sweep"));
        var full = Path.GetFullPath(relative, document.BaseDirectory);
        if (!File.Exists(full))
            throw new ConfigException(new ConfigError(document.LocationOf(node), BaseKey, $"experiment file '{full}' not found"));
        return full;
    }
}

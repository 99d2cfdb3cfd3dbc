using Denoising.Host.Configuration;
using YamlDotNet.RepresentationModel;

namespace Denoising.Host.Experiments;

/// <summary>
/// The experiment as it ran, as YAML that replays it from anywhere: every setting and every component option
/// written out (defaults included, overrides applied), the name, the folder relative paths resolve against
/// (<c>base_directory</c>) and the plugin folders searched, all absolute. The sweep section is left out: this is
/// one run.
/// </summary>
public static class ResolvedConfig
{
    public static string Yaml(Experiment experiment)
    {
        var options = experiment.Options;
        var saved = (options.Name, options.BaseDirectory, options.PluginDirectories);
        try
        {
            options.Name = experiment.Name;
            options.BaseDirectory = experiment.BaseDirectory;
            options.PluginDirectories = [.. experiment.PluginDirectories];
            var root = (YamlMappingNode)OptionsYaml.From(options);
            root.Add("steps", new YamlSequenceNode(experiment.Steps.Select(OptionsYaml.From)));
            var writer = new StringWriter();
            new YamlStream(new YamlDocument(root)).Save(writer, assignAnchors: false);
            return writer.ToString();
        }
        finally
        {
            (options.Name, options.BaseDirectory, options.PluginDirectories) = saved;
        }
    }
}

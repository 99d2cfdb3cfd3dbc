using Denoising.Host.Configuration;
using Denoising.Host.Plugins;
using Microsoft.Extensions.Options;

namespace Denoising.Host.Experiments;

/// <summary>Reads an experiment file, loads the plugins it needs and validates it against them.</summary>
public sealed class ExperimentLoader(PluginCatalog plugins, IOptions<PluginOptions> options)
{
    public Experiment Load(string path, IEnumerable<string> overrides, IEnumerable<string> extraPluginDirectories)
    {
        var document = ConfigDocument.Load(path, overrides);
        var directories = extraPluginDirectories.Select(Path.GetFullPath).Concat(ExperimentParser.PluginDirectories(document)).Distinct().ToList();
        LoadPlugins(directories);
        return ExperimentParser.Parse(document, plugins.Registry) with { PluginDirectories = directories };
    }

    public void LoadPlugins(IEnumerable<string> extraPluginDirectories) =>
        plugins.LoadFrom(options.Value.Directories.Concat(extraPluginDirectories));
}

using System.CommandLine;
using Denoising.Host.Experiments;
using Microsoft.Extensions.DependencyInjection;

namespace Denoising.Host.Cli;

/// <summary>The arguments that name an experiment (CONFIG, --set, --plugins), and loading it from them.</summary>
/// <param name="configDescription">Help text of CONFIG, for a command that reads more than an experiment.</param>
public sealed class ExperimentArguments(string configDescription = "Experiment YAML file.")
{
    private readonly Argument<FileInfo> _config = new("config") { Description = configDescription };
    private readonly Option<string[]> _set = CommonOptions.Set();
    private readonly Option<string[]> _plugins = CommonOptions.Plugins();

    public void AddTo(Command command)
    {
        command.Arguments.Add(_config);
        command.Options.Add(_set);
        command.Options.Add(_plugins);
    }

    public string ConfigPath(ParseResult parse) => parse.GetValue(_config)!.FullName;

    public IReadOnlyList<string> Overrides(ParseResult parse) => parse.GetValue(_set) ?? [];

    public IReadOnlyList<string> PluginDirectories(ParseResult parse) => parse.GetValue(_plugins) ?? [];

    /// <exception cref="Configuration.ConfigException">The experiment is not valid.</exception>
    public Experiment Load(IServiceProvider services, ParseResult parse) =>
        services.GetRequiredService<ExperimentLoader>().Load(ConfigPath(parse), Overrides(parse), PluginDirectories(parse));
}

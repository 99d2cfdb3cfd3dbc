using System.CommandLine;
using Denoising.Host.Experiments;
using Microsoft.Extensions.DependencyInjection;

namespace Denoising.Host.Cli;

/// <summary>The arguments that name an experiment (CONFIG, --set, --plugins), and loading it from them.</summary>
public sealed class ExperimentArguments
{
    private readonly Argument<FileInfo> _config = CommonOptions.Config();
    private readonly Option<string[]> _set = CommonOptions.Set();
    private readonly Option<string[]> _plugins = CommonOptions.Plugins();

    public void AddTo(Command command)
    {
        command.Arguments.Add(_config);
        command.Options.Add(_set);
        command.Options.Add(_plugins);
    }

    /// <exception cref="Configuration.ConfigException">The experiment is not valid.</exception>
    public Experiment Load(IServiceProvider services, ParseResult parse) =>
        services.GetRequiredService<ExperimentLoader>().Load(
            parse.GetValue(_config)!.FullName, parse.GetValue(_set) ?? [], parse.GetValue(_plugins) ?? []);
}

using System.CommandLine;
using Denoising.Host.Experiments;
using Denoising.Host.Plugins;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Denoising.Host.Cli;

/// <summary><c>plugins</c>: every discovered component with its options and defaults.</summary>
public static class PluginsCommand
{
    public static Command Create()
    {
        var plugins = CommonOptions.Plugins();
        var command = new Command("plugins", "List discovered plugins and their components, options and defaults.") { plugins };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var host = HostFactory.Build();
            await host.StartAsync(cancellationToken);
            host.Services.GetRequiredService<ExperimentLoader>().LoadPlugins(parse.GetValue(plugins) ?? []);
            var catalog = host.Services.GetRequiredService<PluginCatalog>();
            Console.Write(ComponentDescriber.Describe(catalog));
            return catalog.Results.All(r => r.Loaded) ? ExitCodes.Success : ExitCodes.RunFailed;
        });
        return command;
    }
}

using Denoising.Host.Cli;
using Denoising.Host.Plugins;
using Denoising.Tests.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Denoising.Tests.Host;

/// <summary>The framework's services wired as the CLI wires them, with the built in-tree plugins.</summary>
public static class HostFixture
{
    public static IServiceProvider Services(params string[] pluginDirectories)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(
            pluginDirectories.Select((d, i) => new KeyValuePair<string, string?>($"{PluginOptions.Section}:Directories:{i}", d)));
        builder.Logging.ClearProviders();
        HostFactory.AddFramework(builder.Services);
        return builder.Build().Services;
    }

    public static IServiceProvider WithInTreePlugins() => Services(RepoPaths.PluginsDirectory);
}

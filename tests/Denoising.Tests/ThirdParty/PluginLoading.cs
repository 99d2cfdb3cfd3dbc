using Denoising.Abstractions;
using Denoising.Host.Configuration;
using Denoising.Host.Plugins;
using Denoising.Tests.Torch.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Denoising.Tests.ThirdParty;

/// <summary>The host's plugin loader as the CLI uses it, and components created from what it registered.</summary>
internal static class PluginLoading
{
    public static PluginCatalog Load(params string[] directories)
    {
        var catalog = new PluginCatalog(NullLogger<PluginCatalog>.Instance, Options.Create(new PluginOptions()));
        catalog.LoadFrom(directories);
        return catalog;
    }

    public static PluginLoadResult Result(this PluginCatalog catalog, string name) =>
        catalog.Results.Single(r => r.Name == name);

    /// <summary>A denoiser made by the registered factory, with default options.</summary>
    public static IDenoiser CreateDenoiser(this PluginCatalog catalog, string name)
    {
        var registration = catalog.Registry.Find(ComponentKind.Denoiser, name)
            ?? throw new InvalidOperationException($"No denoiser '{name}' is registered.");
        return (IDenoiser)registration.Create(Activator.CreateInstance(registration.OptionsType)!, TestContexts.Create());
    }
}

using Denoising.Abstractions;
using Denoising.Host.Configuration;
using Denoising.Tests.TestSupport;

namespace Denoising.Tests.Plugins;

internal static class PluginAssertions
{
    /// <summary>The plugin registers exactly one denoiser, under <paramref name="name"/>, whose factory builds a <typeparamref name="TDenoiser"/>.</summary>
    public static void RegistersDenoiser<TPlugin, TOptions, TDenoiser>(string name)
        where TPlugin : IDenoisingPlugin, new()
        where TOptions : class, new()
    {
        var components = RegisteredComponents.Of<TPlugin>();

        var registration = Assert.Single(components.Registry.All);
        Assert.Equal(ComponentKind.Denoiser, registration.Kind);
        Assert.Equal(name, registration.Name);
        Assert.False(string.IsNullOrWhiteSpace(registration.Description));
        Assert.Equal(typeof(TOptions), registration.OptionsType);
        var denoiser = components.Create<IDenoiser>(name, new TOptions());
        using var disposable = denoiser as IDisposable;
        Assert.IsType<TDenoiser>(denoiser);
    }
}

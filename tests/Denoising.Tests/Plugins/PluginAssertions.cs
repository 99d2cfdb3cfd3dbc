using Denoising.Abstractions;
using Denoising.Host.Configuration;
using Denoising.Tests.TestSupport;

namespace Denoising.Tests.Plugins;

internal static class PluginAssertions
{
    /// <summary>The plugin registers exactly one denoiser, under <paramref name="name"/>, whose factory builds a <typeparamref name="TDenoiser"/>.</summary>
    public static void RegistersDenoiser<TPlugin, TOptions, TDenoiser>(string name)
        where TPlugin : IDenoisingPlugin, new()
        where TOptions : class, new() =>
        RegistersDenoisers<TPlugin>((name, typeof(TOptions), typeof(TDenoiser)));

    /// <summary>
    /// The plugin registers exactly these denoisers, in this order, each described, each factory building its denoiser
    /// type from default options.
    /// </summary>
    public static void RegistersDenoisers<TPlugin>(params (string Name, Type OptionsType, Type DenoiserType)[] expected)
        where TPlugin : IDenoisingPlugin, new()
    {
        var components = RegisteredComponents.Of<TPlugin>();
        var registrations = components.Registry.All.ToList();

        Assert.All(registrations, registration => Assert.Equal(ComponentKind.Denoiser, registration.Kind));
        Assert.Equal(expected.Select(e => (e.Name, e.OptionsType)), registrations.Select(r => (r.Name, r.OptionsType)));
        foreach (var (registration, denoiserType) in registrations.Zip(expected.Select(e => e.DenoiserType)))
        {
            Assert.False(string.IsNullOrWhiteSpace(registration.Description));
            var denoiser = components.Create<IDenoiser>(registration.Name, Activator.CreateInstance(registration.OptionsType)!);
            using var disposable = denoiser as IDisposable;
            Assert.IsType(denoiserType, denoiser);
        }
    }
}

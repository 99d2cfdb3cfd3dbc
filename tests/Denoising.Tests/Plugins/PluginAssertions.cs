using Denoising.Abstractions;
using Denoising.Tests.Torch.Support;

namespace Denoising.Tests.Plugins;

internal static class PluginAssertions
{
    /// <summary>The plugin registers exactly one denoiser, under <paramref name="name"/>, whose factory builds a <typeparamref name="TDenoiser"/>.</summary>
    public static void RegistersDenoiser<TPlugin, TOptions, TDenoiser>(string name)
        where TPlugin : IDenoisingPlugin, new()
        where TOptions : new() =>
        RegistersDenoisers<TPlugin>((name, typeof(TOptions), typeof(TDenoiser)));

    /// <summary>
    /// The plugin registers exactly these denoisers, in this order, each described, each factory building its denoiser
    /// type from default options.
    /// </summary>
    public static void RegistersDenoisers<TPlugin>(params (string Name, Type OptionsType, Type DenoiserType)[] expected)
        where TPlugin : IDenoisingPlugin, new()
    {
        var registry = new RecordingRegistry();

        new TPlugin().Register(registry);

        Assert.Equal(expected.Select(e => (e.Name, e.OptionsType)), registry.Denoisers.Select(r => (r.Name, r.OptionsType)));
        foreach (var (registration, denoiserType) in registry.Denoisers.Zip(expected.Select(e => e.DenoiserType)))
        {
            Assert.False(string.IsNullOrWhiteSpace(registration.Description));
            using var denoiser = registration.Create(Activator.CreateInstance(registration.OptionsType)!, TestContexts.Create());
            Assert.IsType(denoiserType, denoiser);
        }
    }
}

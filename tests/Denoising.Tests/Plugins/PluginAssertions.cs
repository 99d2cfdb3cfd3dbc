using Denoising.Abstractions;
using Denoising.Tests.Torch.Support;

namespace Denoising.Tests.Plugins;

internal static class PluginAssertions
{
    /// <summary>The plugin registers exactly one denoiser, under <paramref name="name"/>, whose factory builds a <typeparamref name="TDenoiser"/>.</summary>
    public static void RegistersDenoiser<TPlugin, TOptions, TDenoiser>(string name)
        where TPlugin : IDenoisingPlugin, new()
        where TOptions : new()
    {
        var registry = new RecordingRegistry();

        new TPlugin().Register(registry);

        var registration = Assert.Single(registry.Denoisers);
        Assert.Equal(name, registration.Name);
        Assert.False(string.IsNullOrWhiteSpace(registration.Description));
        Assert.Equal(typeof(TOptions), registration.OptionsType);
        using var denoiser = registration.Create(new TOptions(), TestContexts.Create());
        Assert.IsType<TDenoiser>(denoiser);
    }
}

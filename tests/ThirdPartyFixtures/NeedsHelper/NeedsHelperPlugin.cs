using Denoising.Abstractions;
using Fixture.PrivateHelper;

namespace Fixture.NeedsHelper;

/// <summary>Takes its component name from a private dependency, so it cannot register without it.</summary>
public sealed class NeedsHelperPlugin : IDenoisingPlugin
{
    public void Register(IComponentRegistry registry) =>
        registry.AddDenoiser<HelpedOptions>(HelperNames.Denoiser, "Needs Fixture.PrivateHelper.", (_, _) => throw new NotSupportedException());
}

public sealed class HelpedOptions;

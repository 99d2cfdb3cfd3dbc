using Denoising.Abstractions;

namespace Fixture.DuplicateMedian;

/// <summary>Claims the name 'median', which the MedianFilter sample registers too.</summary>
public sealed class DuplicateMedianPlugin : IDenoisingPlugin
{
    public void Register(IComponentRegistry registry) =>
        registry.AddDenoiser<EmptyOptions>("median", "A second 'median'.", (_, _) => throw new NotSupportedException());
}

public sealed class EmptyOptions;

using Denoising.Abstractions;

namespace Fixture.DuplicateMedian;

/// <summary>Claims the name 'sample-median', which the MedianFilter sample registers too.</summary>
public sealed class DuplicateMedianPlugin : IDenoisingPlugin
{
    public void Register(IComponentRegistry registry) =>
        registry.AddDenoiser<EmptyOptions>("sample-median", "A second 'sample-median'.", (_, _) => throw new NotSupportedException());
}

public sealed class EmptyOptions;

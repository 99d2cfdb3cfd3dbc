using Denoising.Abstractions;
using Denoising.Host.Evaluation;
using Denoising.Plugins.Metrics;
using Denoising.Tests.TestSupport;

namespace Denoising.Tests.Evaluation;

/// <summary>The metrics plugin's metrics, created by name as an evaluate step creates them.</summary>
internal static class BuiltInMetrics
{
    private static readonly RegisteredComponents Components = RegisteredComponents.Of<MetricsPlugin>();

    public static IReadOnlyList<NamedMetric> Named(params string[] names) =>
        names.Select(name => new NamedMetric(name, Components.Create<IMetric>(name))).ToList();
}

using Denoising.Host.Reports;

namespace Denoising.Host.Sweeps;

/// <summary>A parsed sweep section: the axes, the exclusions, the keys' short names and the report settings.</summary>
public sealed record SweepDefinition(
    IReadOnlyList<SweepDimension> Dimensions,
    IReadOnlyList<SweepExclusion> Exclusions,
    IReadOnlyList<SweptKey> Keys,
    ReportOptions Report)
{
    public string NameOf(string key) => Keys.First(k => k.Key == key).Name;
}

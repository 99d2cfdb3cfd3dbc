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

    /// <summary>
    /// Whether a key appears in point labels: every key, except that an axis (a zip group) with labelled keys shows only
    /// those, as its other keys vary with them.
    /// </summary>
    public bool ShownInLabel(string key, SweepDimension dimension)
    {
        var labelled = dimension.Keys.Where(k => Keys.First(s => s.Key == k).Labelled).ToList();
        return labelled.Count == 0 || labelled.Contains(key);
    }
}

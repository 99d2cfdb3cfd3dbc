using YamlDotNet.RepresentationModel;

namespace Denoising.Host.Sweeps;

/// <summary>A partial assignment: points whose values match every entry are left out.</summary>
/// <param name="Location">Where it was written and <paramref name="KeyPath"/> its key, for the error when it matches no point.</param>
public sealed record SweepExclusion(IReadOnlyDictionary<string, YamlNode> Values, string Location, string KeyPath)
{
    public bool Matches(IReadOnlyList<Assignment> point) =>
        Values.All(entry => point.Any(a => a.Key == entry.Key && YamlValueEquality.Equal(a.Value, entry.Value)));
}

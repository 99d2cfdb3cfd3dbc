using System.Security.Cryptography;
using System.Text;
using Denoising.Host.Experiments;
using YamlDotNet.RepresentationModel;

namespace Denoising.Host.Sweeps;

/// <summary>
/// The identity of a point: the first 10 hex digits of the SHA-256 of its resolved experiment as canonical flow
/// YAML (keys sorted, the sweep section left out). Formatting, comments and key order do not change it; any
/// setting does, so a changed base experiment gets new point folders instead of reusing stale results.
/// </summary>
public static class PointHash
{
    public const int Length = 10;

    public static string Of(YamlMappingNode experimentRoot)
    {
        var withoutSweep = new YamlMappingNode(experimentRoot.Children
            .Where(entry => entry.Key is not YamlScalarNode { Value: ExperimentParser.SweepKey }));
        return Of(YamlFlow.Write(withoutSweep, canonical: true));
    }

    public static string Of(string canonicalText) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalText)))[..Length];
}

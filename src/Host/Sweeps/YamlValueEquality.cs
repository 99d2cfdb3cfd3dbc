using Denoising.Host.Configuration;
using YamlDotNet.RepresentationModel;

namespace Denoising.Host.Sweeps;

/// <summary>
/// Whether two YAML values mean the same, for matching exclusions and duplicate values: scalars as
/// <see cref="YamlScalar.Same"/> (0.10 = 0.1, on = true), lists item by item, mappings key by key in any order.
/// </summary>
public static class YamlValueEquality
{
    public static bool Equal(YamlNode a, YamlNode b) => (a, b) switch
    {
        (YamlScalarNode x, YamlScalarNode y) => YamlScalar.Same(x.Value ?? "", y.Value ?? ""),
        (YamlSequenceNode x, YamlSequenceNode y) =>
            x.Children.Count == y.Children.Count && x.Children.Zip(y.Children).All(pair => Equal(pair.First, pair.Second)),
        (YamlMappingNode x, YamlMappingNode y) =>
            x.Children.Count == y.Children.Count
            && x.Children.All(entry => y.Children.TryGetValue(entry.Key, out var other) && Equal(entry.Value, other)),
        _ => false,
    };
}

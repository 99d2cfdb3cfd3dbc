using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Denoising.Host.Sweeps;

/// <summary>
/// Whether two YAML values mean the same, for matching exclusions: scalars equal as text or as numbers
/// (0.10 = 0.1), lists item by item, mappings key by key in any order.
/// </summary>
public static class YamlValueEquality
{
    public static bool Equal(YamlNode a, YamlNode b) => (a, b) switch
    {
        (YamlScalarNode x, YamlScalarNode y) => ScalarsEqual(x.Value ?? "", y.Value ?? ""),
        (YamlSequenceNode x, YamlSequenceNode y) =>
            x.Children.Count == y.Children.Count && x.Children.Zip(y.Children).All(pair => Equal(pair.First, pair.Second)),
        (YamlMappingNode x, YamlMappingNode y) =>
            x.Children.Count == y.Children.Count
            && x.Children.All(entry => y.Children.TryGetValue(entry.Key, out var other) && Equal(entry.Value, other)),
        _ => false,
    };

    private static bool ScalarsEqual(string x, string y) =>
        x == y || (Number(x) is { } first && Number(y) is { } second && first == second);

    private static double? Number(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
}

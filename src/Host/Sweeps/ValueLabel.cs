using YamlDotNet.RepresentationModel;

namespace Denoising.Host.Sweeps;

/// <summary>
/// A short readable name for a swept value: a scalar's text; a list's or a mapping's values joined by '-'
/// (mapping keys left out), so <c>{type: gaussian, sigma: 0.1}</c> reads <c>gaussian-0.1</c>.
/// </summary>
public static class ValueLabel
{
    public static string Of(YamlNode node) => node switch
    {
        YamlScalarNode scalar => string.IsNullOrEmpty(scalar.Value) ? "null" : scalar.Value,
        YamlSequenceNode sequence => string.Join('-', sequence.Children.Select(Of)),
        YamlMappingNode mapping => string.Join('-', mapping.Children.Values.Select(Of)),
        _ => node.ToString(),
    };
}

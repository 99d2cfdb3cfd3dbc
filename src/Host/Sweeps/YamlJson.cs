using System.Text.Json.Nodes;
using Denoising.Host.Configuration;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Denoising.Host.Sweeps;

/// <summary>
/// A YAML value as JSON with its YAML type kept: plain scalars that read (<see cref="YamlScalar"/>, as the binder
/// reads them) as numbers, booleans or null become those; quoted scalars stay strings; lists and mappings become
/// arrays and objects.
/// </summary>
public static class YamlJson
{
    public static JsonNode? From(YamlNode node) => node switch
    {
        YamlScalarNode scalar => Scalar(scalar),
        YamlSequenceNode sequence => new JsonArray(sequence.Children.Select(From).ToArray()),
        YamlMappingNode mapping => new JsonObject(mapping.Children.Select(entry =>
            KeyValuePair.Create(((YamlScalarNode)entry.Key).Value ?? "", From(entry.Value)))),
        _ => throw new ArgumentException($"cannot convert a YAML {node.NodeType} node to JSON"),
    };

    private static JsonNode? Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? "";
        if (scalar.Style is not (ScalarStyle.Plain or ScalarStyle.Any))
            return JsonValue.Create(text);
        return YamlScalar.Untyped(text) switch
        {
            null => null,
            bool boolean => JsonValue.Create(boolean),
            long integer => JsonValue.Create(integer),
            double real when double.IsFinite(real) => JsonValue.Create(real),
            _ => JsonValue.Create(text), // text, and the reals JSON has no number for
        };
    }
}

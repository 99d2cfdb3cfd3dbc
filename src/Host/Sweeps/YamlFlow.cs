using System.Globalization;
using System.Text;
using YamlDotNet.RepresentationModel;

namespace Denoising.Host.Sweeps;

/// <summary>
/// Writes a YAML node as one line of flow YAML (<c>{type: gaussian, sigma: 0.1}</c>), the form a <c>--set</c>
/// value takes. Scalars are plain where YAML reads them back unchanged, else double-quoted; the host binds
/// scalars by their text, so quoting never changes a value. Canonical text also sorts mapping keys.
/// </summary>
public static class YamlFlow
{
    public static string Write(YamlNode node, bool canonical = false)
    {
        var text = new StringBuilder();
        Append(text, node, canonical);
        return text.ToString();
    }

    private static void Append(StringBuilder text, YamlNode node, bool canonical)
    {
        switch (node)
        {
            case YamlScalarNode scalar:
                text.Append(Scalar(scalar.Value ?? ""));
                break;
            case YamlSequenceNode sequence:
                text.Append('[');
                for (var i = 0; i < sequence.Children.Count; i++)
                {
                    if (i > 0)
                        text.Append(", ");
                    Append(text, sequence.Children[i], canonical);
                }
                text.Append(']');
                break;
            case YamlMappingNode mapping:
                var entries = canonical
                    ? mapping.Children.OrderBy(e => Write(e.Key, canonical), StringComparer.Ordinal).ToList()
                    : mapping.Children.ToList();
                text.Append('{');
                for (var i = 0; i < entries.Count; i++)
                {
                    if (i > 0)
                        text.Append(", ");
                    Append(text, entries[i].Key, canonical);
                    text.Append(": ");
                    Append(text, entries[i].Value, canonical);
                }
                text.Append('}');
                break;
            default:
                throw new ArgumentException($"cannot write a YAML {node.NodeType} node ({node}) as a value");
        }
    }

    private static string Scalar(string value) => IsPlainSafe(value) ? value : Quoted(value);

    /// <summary>Whether a plain (unquoted) scalar inside flow brackets reads back as the same text.</summary>
    private static bool IsPlainSafe(string value)
    {
        if (value.Length == 0 || char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]))
            return false;
        if ("#&*!|>'\"%@`".Contains(value[0]))
            return false;
        if ("-?:".Contains(value[0]) && (value.Length == 1 || char.IsWhiteSpace(value[1])))
            return false;
        if (value.EndsWith(':') || value.Contains(": ", StringComparison.Ordinal) || value.Contains(" #", StringComparison.Ordinal))
            return false;
        return !value.Any(c => ",[]{}".Contains(c) || char.IsControl(c));
    }

    private static string Quoted(string value)
    {
        var text = new StringBuilder("\"");
        foreach (var c in value)
        {
            text.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }
        return text.Append('"').ToString();
    }
}

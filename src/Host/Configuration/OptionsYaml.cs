using System.Collections;
using System.Globalization;
using Denoising.Abstractions;
using Denoising.Host.Experiments.Definitions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Denoising.Host.Configuration;

/// <summary>
/// The reverse of <see cref="OptionsBinder"/>: a bound options object as the YAML that binds back to it, every
/// setting written out (defaults included). Texts are quoted, so a text such as "yes" or "null" stays a text; reals
/// use the shortest text that reads back to the same value; an unset (null) setting is left out.
/// </summary>
public static class OptionsYaml
{
    public static YamlNode From(object value) => Node(value) ?? new YamlScalarNode("");

    private static YamlNode? Node(object? value) => value switch
    {
        null => null,
        string text => new YamlScalarNode(text) { Style = ScalarStyle.DoubleQuoted },
        bool boolean => Plain(boolean ? "true" : "false"),
        Enum choice => Plain(ScalarParser.EnumKey(choice.ToString())),
        double real => Plain(Real(real)),
        float real => Plain(Real(real)),
        IFormattable number => Plain(number.ToString(null, CultureInfo.InvariantCulture)),
        StepReference reference => Plain(reference.Name),
        ComponentSpec spec => Component(spec),
        IDictionary entries => Mapping(entries.Keys.Cast<object>().Select(key => (key.ToString() ?? "", entries[key]))),
        IEnumerable items => new YamlSequenceNode(items.Cast<object?>().Select(item => Node(item) ?? Plain("null"))),
        _ => Object(value),
    };

    /// <summary>A component as <c>{type: NAME, option: value, ...}</c>.</summary>
    private static YamlMappingNode Component(ComponentSpec spec)
    {
        var mapping = Object(spec.Options);
        mapping.Children.Insert(0, Plain("type"), Plain(spec.Type));
        return mapping;
    }

    private static YamlMappingNode Object(object value)
    {
        var mapping = Mapping(KeyNames.PropertiesOf(value.GetType()).Select(entry => (entry.Key, entry.Value.GetValue(value))));
        // A step starts with its id and kind, as in a config; the kind is read-only (it picks the definition type).
        if (value is StepDefinition step)
        {
            var id = Plain("id");
            var idValue = mapping.Children[id];
            mapping.Children.Remove(id);
            mapping.Children.Insert(0, id, idValue);
            mapping.Children.Insert(1, Plain("kind"), Plain(step.Kind));
        }
        return mapping;
    }

    private static YamlMappingNode Mapping(IEnumerable<(string Key, object? Value)> entries)
    {
        var mapping = new YamlMappingNode();
        foreach (var (key, value) in entries)
        {
            if (Node(value) is { } node)
                mapping.Add(Plain(key), node);
        }
        return mapping;
    }

    private static string Real(double value) => value switch
    {
        double.PositiveInfinity => ".inf",
        double.NegativeInfinity => "-.inf",
        double.NaN => ".nan",
        _ => value.ToString("R", CultureInfo.InvariantCulture),
    };

    private static string Real(float value) =>
        float.IsFinite(value) ? value.ToString("R", CultureInfo.InvariantCulture) : Real((double)value);

    private static YamlScalarNode Plain(string text) => new(text) { Style = ScalarStyle.Plain };
}

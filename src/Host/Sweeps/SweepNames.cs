using System.Text.RegularExpressions;
using Denoising.Host.Configuration;
using YamlDotNet.RepresentationModel;

namespace Denoising.Host.Sweeps;

/// <summary>
/// Short names of the swept keys: those given under <c>labels:</c> (key path: name), else
/// <see cref="ShortNames"/>. Names must be distinct and free of the label separators '=', ',' and '/'.
/// </summary>
public static partial class SweepNames
{
    public static IReadOnlyList<SweptKey> Assign(IReadOnlyList<string> keys, YamlNode? labels, string path, OptionsBinder binder)
    {
        var given = new Dictionary<string, string>(StringComparer.Ordinal);
        if (labels is YamlMappingNode mapping)
        {
            foreach (var (keyNode, nameNode) in mapping.Children)
            {
                var key = ((YamlScalarNode)keyNode).Value ?? "";
                var name = (nameNode as YamlScalarNode)?.Value ?? "";
                if (!keys.Contains(key))
                    binder.AddError(keyNode, OptionsBinder.Join(path, key), $"not a swept key; swept: {string.Join(", ", keys)}");
                else if (!NamePattern().IsMatch(name))
                    binder.AddError(nameNode, OptionsBinder.Join(path, key), $"'{name}' is not a usable name; use letters, digits, '.', '_' and '-'");
                else
                    given[key] = name;
            }
        }
        else if (labels is not null)
        {
            binder.AddError(labels, path, "expected a mapping of swept key paths to short names");
        }
        var named = keys.Select(key => new SweptKey(key, given.GetValueOrDefault(key) ?? ShortNames.For(key, keys), given.ContainsKey(key))).ToList();
        foreach (var clash in named.GroupBy(k => k.Name).Where(g => g.Count() > 1))
            binder.AddError(labels ?? new YamlMappingNode(), path, $"keys {string.Join(" and ", clash.Select(k => k.Key))} share the name '{clash.Key}'; name them apart under 'labels'");
        return named;
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]*$")]
    private static partial Regex NamePattern();
}

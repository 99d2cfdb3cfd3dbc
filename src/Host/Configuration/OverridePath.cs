using YamlDotNet.RepresentationModel;

namespace Denoising.Host.Configuration;

/// <summary>
/// Sets a value at a dotted key path in a YAML tree. A path segment into a list is an index or the
/// <c>id</c> of an item, so <c>steps.model.training.epochs</c> reaches the step whose id is <c>model</c>.
/// </summary>
internal static class OverridePath
{
    /// <param name="created">Told of every key and mapping the path adds, so errors about them point at the override.</param>
    public static void Set(YamlMappingNode root, string keyPath, YamlNode value, string origin, Action<YamlNode> created)
    {
        var segments = keyPath.Split('.');
        if (segments.Any(string.IsNullOrWhiteSpace))
            throw Error(origin, keyPath, "empty segment in key path");
        YamlNode current = root;
        for (var i = 0; i < segments.Length; i++)
        {
            var last = i == segments.Length - 1;
            var segment = segments[i];
            switch (current)
            {
                case YamlMappingNode mapping:
                    var key = new YamlScalarNode(segment);
                    if (!mapping.Children.ContainsKey(key))
                        created(key);
                    if (last)
                        mapping.Children[key] = value;
                    else if (mapping.Children.TryGetValue(key, out var child))
                        current = child;
                    else
                    {
                        current = mapping.Children[key] = new YamlMappingNode();
                        created(current);
                    }
                    break;
                case YamlSequenceNode sequence:
                    var index = IndexOf(sequence, segment, origin, keyPath);
                    if (last)
                        sequence.Children[index] = value;
                    else
                        current = sequence.Children[index];
                    break;
                default:
                    throw Error(origin, keyPath, $"'{string.Join('.', segments[..i])}' is a single value, not a mapping or list");
            }
        }
    }

    private static int IndexOf(YamlSequenceNode sequence, string segment, string origin, string keyPath)
    {
        if (int.TryParse(segment, out var index))
        {
            if (index < 0 || index >= sequence.Children.Count)
                throw Error(origin, keyPath, $"index {index} is outside the list of {sequence.Children.Count} items");
            return index;
        }
        var idKey = new YamlScalarNode("id");
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            if (sequence.Children[i] is YamlMappingNode item
                && item.Children.TryGetValue(idKey, out var id)
                && id is YamlScalarNode scalar && scalar.Value == segment)
                return i;
        }
        throw Error(origin, keyPath, $"no list item has id '{segment}'");
    }

    private static ConfigException Error(string origin, string keyPath, string message) =>
        new(new ConfigError(origin, keyPath, message));
}

using System.Collections;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Denoising.Abstractions;
using Denoising.Host.Experiments.Definitions;
using YamlDotNet.RepresentationModel;

namespace Denoising.Host.Configuration;

/// <summary>
/// Binds YAML nodes to options classes (snake_case keys to properties), nested components to
/// <see cref="ComponentSpec{TComponent}"/>, and validates each bound object with data annotations.
/// Problems are collected, each with its position, rather than thrown one at a time.
/// </summary>
public sealed class OptionsBinder
{
    private readonly ConfigDocument _document;
    private readonly IComponentLookup _components;
    private readonly List<ConfigError> _errors = [];

    public OptionsBinder(ConfigDocument document, IComponentLookup components)
    {
        _document = document;
        _components = components;
    }

    public IReadOnlyList<ConfigError> Errors => _errors;

    public void ThrowIfErrors()
    {
        if (_errors.Count > 0)
            throw new ConfigException(_errors.ToList());
    }

    public void AddError(YamlNode node, string keyPath, string message) =>
        _errors.Add(new ConfigError(_document.LocationOf(node), keyPath, message));

    public T Bind<T>(YamlNode node, string keyPath) where T : class, new() =>
        (T?)Bind(node, typeof(T), keyPath) ?? new T();

    /// <summary>The bound value, or null when the node could not be bound (an error is recorded).</summary>
    public object? Bind(YamlNode node, Type type, string keyPath)
    {
        if (ScalarParser.IsScalarType(type))
            return BindScalar(node, type, keyPath);
        if (type == typeof(StepReference))
            return BindReference(node, keyPath);
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ComponentSpec<>))
            return BindComponent(node, type, keyPath);
        if (DictionaryValueType(type) is { } valueType)
            return BindDictionary(node, valueType, keyPath);
        if (ListElementType(type) is { } elementType)
            return BindList(node, type, elementType, keyPath);
        return BindObject(node, type, keyPath);
    }

    /// <summary>Binds a mapping's keys (except <paramref name="ignoredKeys"/>) to a new instance of <paramref name="type"/>.</summary>
    public object? BindObject(YamlNode node, Type type, string keyPath, params string[] ignoredKeys)
    {
        if (node is not YamlMappingNode mapping)
        {
            AddError(node, keyPath, $"expected a mapping of {type.Name} settings");
            return null;
        }
        if (type.GetConstructor(Type.EmptyTypes) is null)
            throw new InvalidOperationException($"{type} has no parameterless constructor, so it cannot be bound from YAML.");
        var instance = Activator.CreateInstance(type)!;
        var properties = KeyNames.PropertiesOf(type);
        var errorsBefore = _errors.Count;
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var key = ((YamlScalarNode)keyNode).Value ?? "";
            if (ignoredKeys.Contains(key))
                continue;
            var childPath = Join(keyPath, key);
            if (!properties.TryGetValue(key, out var property))
            {
                AddError(keyNode, childPath, $"unknown key; expected one of: {string.Join(", ", properties.Keys.Where(k => !ignoredKeys.Contains(k)).Order())}");
                continue;
            }
            var value = Bind(valueNode, property.PropertyType, childPath);
            if (value is not null || IsNullable(property.PropertyType))
                property.SetValue(instance, value);
        }
        if (_errors.Count == errorsBefore)
            Validate(instance, mapping, keyPath);
        return instance;
    }

    private object? BindScalar(YamlNode node, Type type, string keyPath)
    {
        if (node is not YamlScalarNode scalar)
        {
            AddError(node, keyPath, $"expected {ScalarParser.Describe(type)}, found a {(node is YamlSequenceNode ? "list" : "mapping")}");
            return null;
        }
        var value = ScalarParser.Parse(scalar.Value ?? "", type, out var expected);
        if (expected is not null)
            AddError(node, keyPath, $"expected {expected}, found '{scalar.Value}'");
        return value;
    }

    /// <summary>A reference keeps its node; an empty one counts as absent, as an empty text value does.</summary>
    private StepReference? BindReference(YamlNode node, string keyPath) =>
        BindScalar(node, typeof(string), keyPath) is string { Length: > 0 } name ? new StepReference(name, keyPath, node) : null;

    /// <summary>
    /// A component is a mapping with a <c>type</c> key and the component's options, or only its name when the defaults
    /// suffice (<c>metrics: [psnr, ssim]</c>).
    /// </summary>
    private object? BindComponent(YamlNode node, Type specType, string keyPath)
    {
        var kind = ComponentKind.Of(specType.GetGenericArguments()[0]);
        YamlNode? typeNode;
        string typePath;
        switch (node)
        {
            case YamlScalarNode:
                (typeNode, typePath) = (node, keyPath);
                break;
            case YamlMappingNode mapping:
                mapping.Children.TryGetValue(new YamlScalarNode("type"), out typeNode);
                typePath = Join(keyPath, "type");
                break;
            default:
                AddError(node, keyPath, $"expected a {kind} name or a mapping with a 'type' key");
                return null;
        }
        if (typeNode is not YamlScalarNode { Value: { Length: > 0 } name })
        {
            AddError(node, typePath, $"missing; name the {kind}, one of: {KnownNames(kind)}");
            return null;
        }
        var optionsType = _components.OptionsTypeOf(kind, name);
        if (optionsType is null)
        {
            AddError(typeNode, typePath, $"unknown {kind} '{name}'; known: {KnownNames(kind)}");
            return null;
        }
        var options = node is YamlMappingNode optionsNode ? BindObject(optionsNode, optionsType, keyPath, "type") : Defaults(node, optionsType, keyPath);
        if (options is null)
            return null;
        var spec = Activator.CreateInstance(specType, name, options)!;
        _document.RecordOrigin(spec, node, keyPath);
        return spec;
    }

    /// <summary>The default options of a component written by name alone, validated as if written out.</summary>
    private object Defaults(YamlNode node, Type optionsType, string keyPath)
    {
        var options = Activator.CreateInstance(optionsType)
                      ?? throw new InvalidOperationException($"{optionsType} has no parameterless constructor.");
        Validate(options, new YamlMappingNode(), keyPath, node);
        return options;
    }

    private Dictionary<string, object?>? BindDictionaryCore(YamlNode node, Type valueType, string keyPath)
    {
        if (node is not YamlMappingNode mapping)
        {
            AddError(node, keyPath, "expected a mapping of named entries");
            return null;
        }
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var key = ((YamlScalarNode)keyNode).Value ?? "";
            result[key] = Bind(valueNode, valueType, Join(keyPath, key));
        }
        return result;
    }

    private object? BindDictionary(YamlNode node, Type valueType, string keyPath)
    {
        var entries = BindDictionaryCore(node, valueType, keyPath);
        if (entries is null)
            return null;
        var dictionary = (IDictionary)Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(typeof(string), valueType))!;
        foreach (var (key, value) in entries)
            if (value is not null)
                dictionary[key] = value;
        return dictionary;
    }

    private object? BindList(YamlNode node, Type listType, Type elementType, string keyPath)
    {
        if (node is not YamlSequenceNode sequence)
        {
            AddError(node, keyPath, $"expected a list of {ScalarParser.Describe(elementType == typeof(StepReference) ? typeof(string) : elementType)}");
            return null;
        }
        var items = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(elementType))!;
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            var item = Bind(sequence.Children[i], elementType, $"{keyPath}[{i}]");
            if (item is not null)
                items.Add(item);
        }
        if (!listType.IsArray)
            return items;
        var array = Array.CreateInstance(elementType, items.Count);
        items.CopyTo(array, 0);
        return array;
    }

    /// <param name="at">Where to report a problem of a key that is not in <paramref name="mapping"/>.</param>
    private void Validate(object instance, YamlMappingNode mapping, string keyPath, YamlNode? at = null)
    {
        var results = new List<ValidationResult>();
        if (Validator.TryValidateObject(instance, new ValidationContext(instance), results, validateAllProperties: true))
            return;
        foreach (var result in results)
        {
            var member = result.MemberNames.FirstOrDefault();
            var key = member is null ? null : KeyNames.Of(member);
            var node = key is not null && mapping.Children.TryGetValue(new YamlScalarNode(key), out var valueNode) ? valueNode : at ?? mapping;
            var message = result.ErrorMessage ?? "invalid value";
            // AllowedValuesAttribute's own message names the attribute, not the values: list them.
            if (message.Contains(nameof(AllowedValuesAttribute), StringComparison.Ordinal)
                && member is not null && instance.GetType().GetProperty(member)?.GetCustomAttribute<AllowedValuesAttribute>() is { } allowed)
                message = $"'{key}' must be one of: {string.Join(", ", allowed.Values)}";
            AddError(node, key is null ? keyPath : Join(keyPath, key), SnakeCaseMessage(message, instance.GetType()));
        }
    }

    /// <summary>Data annotations name C# properties; users wrote snake_case keys.</summary>
    private static string SnakeCaseMessage(string message, Type type)
    {
        foreach (var property in type.GetProperties())
            message = message.Replace($"The {property.Name} field", $"'{KeyNames.Of(property)}'", StringComparison.Ordinal)
                .Replace($"The field {property.Name}", $"'{KeyNames.Of(property)}'", StringComparison.Ordinal);
        return message;
    }

    private string KnownNames(ComponentKind kind)
    {
        var names = _components.NamesOf(kind);
        return names.Count == 0 ? "(none: no plugin registered one; check the plugin folders)" : string.Join(", ", names);
    }

    private static Type? ListElementType(Type type)
    {
        if (type.IsArray)
            return type.GetElementType();
        if (!type.IsGenericType)
            return null;
        var definition = type.GetGenericTypeDefinition();
        return definition == typeof(List<>) || definition == typeof(IReadOnlyList<>) || definition == typeof(IList<>)
               || definition == typeof(IEnumerable<>) || definition == typeof(IReadOnlyCollection<>)
            ? type.GetGenericArguments()[0]
            : null;
    }

    private static Type? DictionaryValueType(Type type)
    {
        if (!type.IsGenericType)
            return null;
        var definition = type.GetGenericTypeDefinition();
        var arguments = type.GetGenericArguments();
        return (definition == typeof(Dictionary<,>) || definition == typeof(IReadOnlyDictionary<,>) || definition == typeof(IDictionary<,>))
               && arguments[0] == typeof(string)
            ? arguments[1]
            : null;
    }

    private static bool IsNullable(Type type) => !type.IsValueType || Nullable.GetUnderlyingType(type) is not null;

    public static string Join(string keyPath, string key) => keyPath.Length == 0 ? key : $"{keyPath}.{key}";
}

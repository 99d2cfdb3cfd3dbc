using System.ComponentModel;
using System.Globalization;
using System.Reflection;
using System.Text;
using Denoising.Host.Configuration;
using Denoising.Host.Experiments;
using Denoising.Torch;

namespace Denoising.Host.Plugins;

/// <summary>
/// Text listing of plugins, their components and options with defaults, and what the host itself offers to configs:
/// step kinds (with their keys), losses and optimizers.
/// </summary>
public static class ComponentDescriber
{
    public static string Describe(PluginCatalog catalog)
    {
        var text = new StringBuilder();
        text.AppendLine("Plugins:");
        foreach (var result in catalog.Results)
        {
            text.AppendLine(result.Loaded
                ? $"  {result.Name} {result.Version} ({result.AssemblyPath})"
                : $"  {result.Name}: NOT LOADED: {result.Error}");
        }
        foreach (var group in catalog.Registry.All.GroupBy(r => r.Kind))
        {
            text.AppendLine().AppendLine($"{group.Key}s:");
            foreach (var registration in group)
            {
                text.AppendLine($"  {registration.Name}  ({registration.SourceAssembly}) {registration.Description}");
                AppendOptions(text, registration.OptionsType, "      ");
            }
        }
        text.AppendLine().AppendLine("step kinds:");
        foreach (var (kind, definition) in ExperimentParser.StepKinds)
        {
            text.AppendLine($"  {kind}");
            AppendOptions(text, definition, "      ");
        }
        text.AppendLine().AppendLine($"losses: {string.Join(", ", Losses.Names)}");
        text.AppendLine($"optimizers: {string.Join(", ", Optimizers.Names)}");
        return text.ToString();
    }

    public static void AppendOptions(StringBuilder text, Type optionsType, string indent)
    {
        var defaults = Activator.CreateInstance(optionsType);
        foreach (var (key, property) in KeyNames.PropertiesOf(optionsType))
        {
            var description = property.GetCustomAttribute<DescriptionAttribute>()?.Description;
            text.Append($"{indent}{key}: {TypeName(property.PropertyType)} = {Format(property.GetValue(defaults))}");
            text.AppendLine(description is null ? "" : $"  # {description}");
        }
    }

    private static string TypeName(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsEnum)
            return string.Join("|", Enum.GetNames(type).Select(ScalarParser.EnumKey));
        if (type.IsArray)
            return $"list of {TypeName(type.GetElementType()!)}";
        if (type.IsGenericType)
            return type.GetGenericTypeDefinition().Name.Split('`')[0] switch
            {
                "ComponentSpec" => $"{ComponentKind.Of(type.GetGenericArguments()[0])} {{type: ...}}",
                "List" or "IReadOnlyList" or "IList" => $"list of {TypeName(type.GetGenericArguments()[0])}",
                _ => type.Name,
            };
        return type.Name.ToLowerInvariant() switch
        {
            "int32" or "int64" => "int",
            "single" => "float",
            "boolean" => "bool",
            "string" or "double" => type.Name.ToLowerInvariant(),
            _ => $"mapping {{{string.Join(", ", KeyNames.PropertiesOf(type).Keys)}}}",
        };
    }

    private static string Format(object? value) => value switch
    {
        null => "(none)",
        string s => $"\"{s}\"",
        bool b => b ? "true" : "false",
        Enum e => ScalarParser.EnumKey(e.ToString()),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        System.Collections.IEnumerable items => "[" + string.Join(", ", items.Cast<object>().Select(Format)) + "]",
        _ when KeyNames.PropertiesOf(value.GetType()) is { Count: > 0 } properties =>
            "{" + string.Join(", ", properties.Select(p => $"{p.Key}: {Format(p.Value.GetValue(value))}")) + "}",
        _ => value.ToString() ?? "",
    };
}

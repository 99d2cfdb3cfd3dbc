using System.Reflection;
using YamlDotNet.Serialization.NamingConventions;

namespace Denoising.Host.Configuration;

/// <summary>Maps C# option properties to the snake_case keys written in YAML.</summary>
public static class KeyNames
{
    public static string Of(PropertyInfo property) => Of(property.Name);

    public static string Of(string propertyName) => UnderscoredNamingConvention.Instance.Apply(propertyName);

    /// <summary>Public settable properties by their YAML key.</summary>
    public static IReadOnlyDictionary<string, PropertyInfo> PropertiesOf(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && p.GetIndexParameters().Length == 0)
            .ToDictionary(Of, p => p, StringComparer.Ordinal);
}

using System.Globalization;

namespace Denoising.Host.Configuration;

/// <summary>Converts one YAML scalar to a C# value of a simple type, reading it as <see cref="YamlScalar"/> does.</summary>
public static class ScalarParser
{
    public static bool IsScalarType(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal);
    }

    /// <returns>null with <paramref name="expected"/> set when the text does not fit.</returns>
    public static object? Parse(string text, Type type, out string? expected)
    {
        expected = null;
        var underlying = Nullable.GetUnderlyingType(type);
        if (underlying is not null && YamlScalar.IsNull(text))
            return null;
        type = underlying ?? type;
        var value = type switch
        {
            _ when type == typeof(string) => text,
            _ when type == typeof(int) => YamlScalar.Integer(text) is { } i and >= int.MinValue and <= int.MaxValue ? (int)i : null,
            _ when type == typeof(long) => YamlScalar.Integer(text),
            _ when type == typeof(double) => YamlScalar.Real(text),
            _ when type == typeof(float) => YamlScalar.Real(text) is { } f ? (float)f : null,
            _ when type == typeof(decimal) => decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var m) ? m : null,
            _ when type == typeof(bool) => YamlScalar.Boolean(text),
            _ when type.IsEnum => ParseEnum(text, type),
            _ => null,
        };
        if (value is null)
            expected = Describe(type);
        return value;
    }

    public static string Describe(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type switch
        {
            _ when type == typeof(int) || type == typeof(long) => "a whole number",
            _ when type == typeof(double) || type == typeof(float) || type == typeof(decimal) => "a number",
            _ when type == typeof(bool) => "true or false",
            _ when type.IsEnum => "one of " + string.Join(", ", Enum.GetNames(type).Select(EnumKey)),
            _ when type == typeof(string) => "a text value",
            _ => type.Name,
        };
    }

    public static string EnumKey(string name) => KeyNames.Of(name).Replace('_', '-');

    private static object? ParseEnum(string text, Type type)
    {
        var wanted = Normalise(text);
        var name = Enum.GetNames(type).FirstOrDefault(n => Normalise(n) == wanted);
        return name is null ? null : Enum.Parse(type, name);
    }

    private static string Normalise(string name) => name.Replace("-", "").Replace("_", "").ToLowerInvariant();
}

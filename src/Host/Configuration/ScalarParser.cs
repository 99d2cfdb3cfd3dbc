using System.Globalization;

namespace Denoising.Host.Configuration;

/// <summary>Converts one YAML scalar to a C# value of a simple type.</summary>
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
        if (underlying is not null && IsNull(text))
            return null;
        type = underlying ?? type;
        var invariant = CultureInfo.InvariantCulture;
        const NumberStyles integer = NumberStyles.Integer;
        const NumberStyles real = NumberStyles.Float;
        object? value = type switch
        {
            _ when type == typeof(string) => text,
            _ when type == typeof(int) => int.TryParse(text, integer, invariant, out var i) ? i : null,
            _ when type == typeof(long) => long.TryParse(text, integer, invariant, out var l) ? l : null,
            _ when type == typeof(double) => ParseReal(text) is { } d ? d : null,
            _ when type == typeof(float) => ParseReal(text) is { } f ? (float)f : null,
            _ when type == typeof(decimal) => decimal.TryParse(text, real, invariant, out var m) ? m : null,
            _ when type == typeof(bool) => ParseBool(text),
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

    private static bool IsNull(string text) => text is "" or "~" or "null" or "Null" or "NULL";

    private static double? ParseReal(string text) => text switch
    {
        ".inf" or "+.inf" => double.PositiveInfinity,
        "-.inf" => double.NegativeInfinity,
        ".nan" => double.NaN,
        _ => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null,
    };

    private static object? ParseBool(string text) => text.ToLowerInvariant() switch
    {
        "true" or "yes" or "on" => true,
        "false" or "no" or "off" => false,
        _ => null,
    };

    private static object? ParseEnum(string text, Type type)
    {
        var wanted = Normalise(text);
        var name = Enum.GetNames(type).FirstOrDefault(n => Normalise(n) == wanted);
        return name is null ? null : Enum.Parse(type, name);
    }

    private static string Normalise(string name) => name.Replace("-", "").Replace("_", "").ToLowerInvariant();
}

using System.Globalization;

namespace Denoising.Host.Configuration;

/// <summary>
/// The one reading of a YAML scalar's text, shared by the options binder, the JSON of sweep values and the
/// equality of swept values, so that a value means the same in config, sweep.json and exclusions.
/// Booleans follow YAML 1.1: <c>true</c>/<c>yes</c>/<c>on</c> and <c>false</c>/<c>no</c>/<c>off</c> in any case,
/// as YamlDotNet's deserializer reads a bool and as the binder always has (YAML 1.2 keeps only true/false; a
/// config that says <c>clip: yes</c> must not change meaning). Nulls are empty, <c>~</c> and null; numbers are
/// invariant-culture, with <c>.inf</c>, <c>-.inf</c> and <c>.nan</c> for the special reals.
/// </summary>
public static class YamlScalar
{
    public static bool IsNull(string text) => text is "" or "~" or "null" or "Null" or "NULL";

    public static bool? Boolean(string text) => text.ToLowerInvariant() switch
    {
        "true" or "yes" or "on" => true,
        "false" or "no" or "off" => false,
        _ => null,
    };

    public static long? Integer(string text) =>
        long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    public static double? Real(string text) => text switch
    {
        ".inf" or "+.inf" => double.PositiveInfinity,
        "-.inf" => double.NegativeInfinity,
        ".nan" => double.NaN,
        _ => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null,
    };

    /// <summary>What a plain scalar holds when no type is asked for: null, a bool, a long, a double or the text.</summary>
    public static object? Untyped(string text)
    {
        if (IsNull(text))
            return null;
        if (Boolean(text) is { } boolean)
            return boolean;
        if (Integer(text) is { } integer)
            return integer;
        if (Real(text) is { } real)
            return real;
        return text;
    }

    /// <summary>Whether two scalars hold the same value: as text, or as read (0.10 = 0.1, on = true, ~ = null).</summary>
    public static bool Same(string x, string y) =>
        x == y || (Untyped(x), Untyped(y)) switch
        {
            (null, null) => true,
            (bool a, bool b) => a == b,
            (var a, var b) => AsReal(a) is { } first && AsReal(b) is { } second && first == second,
        };

    private static double? AsReal(object? value) => value switch
    {
        long integer => integer,
        double real => real,
        _ => null,
    };
}

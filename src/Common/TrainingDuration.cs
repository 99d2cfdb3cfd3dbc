using System.Globalization;
using System.Text.RegularExpressions;

namespace Denoising.Common;

/// <summary>Durations as configs write them: a positive number and a unit, <c>90s</c>, <c>2m</c>, <c>1.5h</c>.</summary>
internal static partial class TrainingDuration
{
    public const string Format = "a number and s, m or h, such as 90s, 2m or 3h";

    public static bool TryParse(string? text, out TimeSpan duration)
    {
        duration = default;
        var match = text is null ? Match.Empty : Pattern().Match(text);
        if (!match.Success || !double.TryParse(match.Groups["value"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            return false;
        var seconds = value * match.Groups["unit"].Value switch { "s" => 1.0, "m" => 60.0, _ => 3600.0 };
        if (!(seconds > 0 && seconds <= TimeSpan.MaxValue.TotalSeconds / 2))
            return false;
        duration = TimeSpan.FromSeconds(seconds);
        return true;
    }

    public static TimeSpan Parse(string text) =>
        TryParse(text, out var duration)
            ? duration
            : throw new FormatException($"'{text}' is not a duration; expected {Format}.");

    [GeneratedRegex(@"^\s*(?<value>[0-9]+(\.[0-9]+)?)\s*(?<unit>[smh])\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}

using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace Denoising.Plugins.Noise.Options;

/// <summary>
/// Checks a level given as a fixed value (<c>sigma</c>) or a per-image range (<c>sigma_range: [min, max]</c>):
/// exactly one of the two, inside its bounds. Messages name the snake_case keys a config uses.
/// </summary>
internal static class LevelValidation
{
    public static IEnumerable<ValidationResult> Validate(
        double? value, double[]? range, string key, string valueMember, string rangeMember, LevelBounds bounds)
    {
        var rangeKey = key + "_range";
        if (value.HasValue && range is not null)
        {
            yield return new ValidationResult(
                $"Set either '{key}' (a fixed level) or '{rangeKey}' (a range drawn per image), not both.",
                [valueMember, rangeMember]);
            yield break;
        }

        if (value is { } fixedValue)
        {
            if (CheckValue(fixedValue, key, valueMember, bounds) is { } error)
                yield return error;
            yield break;
        }

        if (range is null)
        {
            yield return new ValidationResult(
                $"Set '{key}' (a fixed level) or '{rangeKey}' ([min, max], drawn per image); neither is given.",
                [valueMember, rangeMember]);
            yield break;
        }

        foreach (var error in CheckRange(range, rangeKey, rangeMember, bounds))
            yield return error;
    }

    /// <summary>An error naming <paramref name="key"/> when <paramref name="value"/> is outside <paramref name="bounds"/>.</summary>
    public static ValidationResult? CheckValue(double value, string key, string member, LevelBounds bounds) =>
        bounds.Contains(value)
            ? null
            : new ValidationResult($"'{key}' must be {bounds.Describe()}; got {Format(value)}.", [member]);

    private static IEnumerable<ValidationResult> CheckRange(
        double[] range, string rangeKey, string member, LevelBounds bounds)
    {
        var given = "[" + string.Join(", ", range.Select(Format)) + "]";
        if (range.Length != 2)
            yield return new ValidationResult(
                $"'{rangeKey}' must hold exactly 2 values [min, max]; got {given}.", [member]);
        else if (!bounds.Contains(range[0]) || !bounds.Contains(range[1]))
            yield return new ValidationResult(
                $"'{rangeKey}' values must be {bounds.Describe()}; got {given}.", [member]);
        else if (range[0] > range[1])
            yield return new ValidationResult(
                $"'{rangeKey}' must be [min, max] with min <= max; got {given}.", [member]);
    }

    private static string Format(double value) => value.ToString(CultureInfo.InvariantCulture);
}

using System.Globalization;

namespace Denoising.Plugins.Noise.Options;

/// <summary>Allowed values of a noise level option; <see cref="MinExclusive"/> rules out the minimum itself.</summary>
internal readonly record struct LevelBounds(double Min, double Max, bool MinExclusive = false)
{
    public static readonly LevelBounds UnitInterval = new(0.0, 1.0);

    public bool Contains(double value) =>
        (MinExclusive ? value > Min : value >= Min) && value <= Max;

    public string Describe() => MinExclusive
        ? string.Create(CultureInfo.InvariantCulture, $"greater than {Min} and at most {Max}")
        : string.Create(CultureInfo.InvariantCulture, $"between {Min} and {Max}");
}

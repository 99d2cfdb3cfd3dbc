namespace Denoising.Plugins.Noise.Sampling;

/// <summary>A noise level that is either fixed or drawn uniformly per image from [<see cref="Min"/>, <see cref="Max"/>].</summary>
public readonly record struct NoiseLevel
{
    private NoiseLevel(double min, double max)
    {
        if (!double.IsFinite(min) || !double.IsFinite(max) || min > max)
            throw new ArgumentException(FormattableString.Invariant(
                $"A noise level range must be finite with min <= max; got [{min}, {max}]."));
        Min = min;
        Max = max;
    }

    public double Min { get; }
    public double Max { get; }

    public bool IsFixed => Min == Max;

    public static NoiseLevel Fixed(double value) => new(value, value);

    public static NoiseLevel Between(double min, double max) => new(min, max);

    /// <summary>
    /// The level an options object describes with a fixed <paramref name="value"/> or a two-element
    /// <paramref name="range"/> (exactly one of them); <paramref name="key"/> names the option in errors.
    /// </summary>
    public static NoiseLevel From(double? value, double[]? range, string key)
    {
        if (value.HasValue == (range is not null))
            throw new ArgumentException($"Set either '{key}' or '{key}_range', not both and not neither.", key);
        if (value is { } fixedValue)
            return Fixed(fixedValue);
        if (range!.Length != 2)
            throw new ArgumentException($"'{key}_range' must hold exactly 2 values [min, max]; got {range.Length}.", key);
        return Between(range[0], range[1]);
    }

    /// <summary>The same level read on a pixel scale <paramref name="scale"/> times smaller (25 on the 0-255 scale: 25/255).</summary>
    public NoiseLevel DividedBy(double scale)
    {
        if (!(double.IsFinite(scale) && scale > 0.0))
            throw new ArgumentOutOfRangeException(nameof(scale), scale, "A pixel scale must be finite and greater than 0.");
        return new NoiseLevel(Min / scale, Max / scale);
    }

    /// <summary>The level for one image. A fixed level consumes no randomness.</summary>
    public double Draw(Random random) => IsFixed ? Min : Min + (Max - Min) * random.NextDouble();

    public override string ToString() =>
        IsFixed ? FormattableString.Invariant($"{Min}") : FormattableString.Invariant($"[{Min}, {Max}]");
}

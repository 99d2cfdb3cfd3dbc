namespace Denoising.Host.Reports.Charts;

/// <summary>The span of a colour scale: the smallest and largest finite value it shows; empty when there is none.</summary>
public readonly record struct ValueRange(double Min, double Max)
{
    public static readonly ValueRange Empty = new(double.PositiveInfinity, double.NegativeInfinity);

    public bool IsEmpty => Min > Max;

    /// <summary>The range of the finite values among <paramref name="values"/>.</summary>
    public static ValueRange Of(IEnumerable<double?> values)
    {
        var range = Empty;
        foreach (var value in values)
        {
            if (value is { } v && double.IsFinite(v))
                range = new ValueRange(Math.Min(range.Min, v), Math.Max(range.Max, v));
        }
        return range;
    }
}

namespace Denoising.Plugins.Datasets.Synthetic;

/// <summary>A shape drawn with anti-aliased edges: how much of the pixel centred at (x, y) it covers.</summary>
internal interface ISyntheticShape
{
    /// <summary>Coverage in [0, 1].</summary>
    double Coverage(double x, double y);

    /// <summary>Half the side of a square around the centre outside which coverage is 0.</summary>
    double Reach { get; }

    double CenterX { get; }
    double CenterY { get; }
}

/// <summary>Rotated frame of a shape; edge distance in pixels becomes a one-pixel soft edge.</summary>
internal abstract record RotatedShape(double CenterX, double CenterY, double Angle) : ISyntheticShape
{
    private readonly (double Sin, double Cos) _rotation = Math.SinCos(Angle);

    public abstract double Reach { get; }

    public double Coverage(double x, double y)
    {
        double dx = x - CenterX, dy = y - CenterY;
        var u = dx * _rotation.Cos + dy * _rotation.Sin;
        var v = -dx * _rotation.Sin + dy * _rotation.Cos;
        return Math.Clamp(0.5 - SignedDistance(u, v), 0, 1) * Modulation(u);
    }

    /// <summary>Approximate distance to the edge in the shape's frame: negative inside.</summary>
    protected abstract double SignedDistance(double u, double v);

    protected virtual double Modulation(double u) => 1;
}

internal sealed record EllipseShape(double CenterX, double CenterY, double Angle, double RadiusU, double RadiusV)
    : RotatedShape(CenterX, CenterY, Angle)
{
    public override double Reach => Math.Max(RadiusU, RadiusV) + 1;

    protected override double SignedDistance(double u, double v) =>
        (Math.Sqrt(u * u / (RadiusU * RadiusU) + v * v / (RadiusV * RadiusV)) - 1) * Math.Min(RadiusU, RadiusV);
}

internal record BoxShape(double CenterX, double CenterY, double Angle, double HalfU, double HalfV)
    : RotatedShape(CenterX, CenterY, Angle)
{
    public override double Reach => Math.Sqrt(HalfU * HalfU + HalfV * HalfV) + 1;

    protected override double SignedDistance(double u, double v) => Math.Max(Math.Abs(u) - HalfU, Math.Abs(v) - HalfV);
}

/// <summary>A box filled with smooth sinusoidal stripes across its first axis.</summary>
internal sealed record StripedBoxShape(double CenterX, double CenterY, double Angle, double HalfU, double HalfV, double Period)
    : BoxShape(CenterX, CenterY, Angle, HalfU, HalfV)
{
    protected override double Modulation(double u) => 0.5 + 0.5 * Math.Sin(2 * Math.PI * u / Period);
}

using SixLabors.ImageSharp.PixelFormats;

namespace Denoising.Host.Reports;

/// <summary>A viridis-like colour scale: dark purple (0) through blue and green to yellow (1), even in lightness.</summary>
public static class ColorScale
{
    private static readonly (byte R, byte G, byte B)[] Anchors =
    [
        (68, 1, 84), (59, 82, 139), (33, 145, 140), (94, 201, 98), (253, 231, 37),
    ];

    /// <param name="t">Position on the scale; clamped to [0, 1].</param>
    public static Rgb24 At(double t)
    {
        t = double.IsNaN(t) ? 0 : Math.Clamp(t, 0, 1);
        var position = t * (Anchors.Length - 1);
        var low = Math.Min((int)position, Anchors.Length - 2);
        var f = position - low;
        var (a, b) = (Anchors[low], Anchors[low + 1]);
        return new Rgb24(Mix(a.R, b.R, f), Mix(a.G, b.G, f), Mix(a.B, b.B, f));
    }

    /// <summary>Whether black text reads better than white on this colour.</summary>
    public static bool IsLight(Rgb24 color) => 0.299 * color.R + 0.587 * color.G + 0.114 * color.B > 140;

    private static byte Mix(byte a, byte b, double f) => (byte)Math.Round(a + (b - a) * f);
}

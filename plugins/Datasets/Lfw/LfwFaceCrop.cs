using SixLabors.ImageSharp;

namespace Denoising.Plugins.Datasets.Lfw;

/// <summary>
/// scikit-learn's <c>fetch_lfw_people</c> geometry: rows 70:195 and columns 78:172 of the 250x250 photo
/// (125x94), then scaled by a factor with each side truncated: <c>int(125 * factor)</c> x <c>int(94 * factor)</c>.
/// </summary>
public static class LfwFaceCrop
{
    public static Rectangle Region { get; } = Rectangle.FromLTRB(left: 78, top: 70, right: 172, bottom: 195);

    public static (int Height, int Width) OutputSize(double factor) =>
        ((int)(Region.Height * factor), (int)(Region.Width * factor));
}

namespace Denoising.Plugins.Datasets.Imaging;

/// <summary>Values of the <c>color</c> option of image datasets.</summary>
public static class ColorModes
{
    /// <summary>One channel: the mean of R, G and B (as scikit-learn's <c>fetch_lfw_people</c> computes it).</summary>
    public const string Gray = "gray";

    /// <summary>Three channels: R, G, B.</summary>
    public const string Rgb = "rgb";
}

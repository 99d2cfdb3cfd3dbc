namespace Denoising.Tests.TestSupport;

/// <summary>
/// The plane that SciPy's reference outputs in the Gaussian filter and blur tests were computed from:
/// x[i, j] = ((3i + 5j) % 11) / 10 with 5 rows and 7 columns.
/// </summary>
internal static class ScipyPattern
{
    public const int Height = 5;
    public const int Width = 7;

    public static double[] Values() =>
        Enumerable.Range(0, Height * Width).Select(k => (3 * (k / Width) + 5 * (k % Width)) % 11 / 10.0).ToArray();
}

namespace Denoising.Common;

/// <summary>
/// PSNR in decibels for data range 1: 10 log10(1 / MSE). Identical images would give +infinity, which breaks means and
/// JSON, so the value is capped at <see cref="MaxDecibels"/>, reached for an MSE at or below
/// <see cref="MinimumMeanSquaredError"/>. Linked into the metrics plugin and the training library's validation.
/// </summary>
internal static class PeakSignal
{
    public const double MinimumMeanSquaredError = 1e-10;

    /// <summary>-10 log10(<see cref="MinimumMeanSquaredError"/>).</summary>
    public const double MaxDecibels = 100;

    public static double DecibelsFromMeanSquaredError(double meanSquaredError) =>
        Math.Min(MaxDecibels, -10 * Math.Log10(meanSquaredError));
}

using Denoising.Abstractions;

namespace Denoising.Host.Evaluation;

/// <summary>
/// PSNR in decibels for data range 1: 10 log10(1 / MSE).
/// Identical images would give +infinity, which breaks means and JSON; the value is capped at
/// <see cref="MaxDecibels"/> instead (reached for MSE at or below 1e-10).
/// </summary>
public sealed class PeakSignalToNoiseRatio : IImageMetric
{
    public const string MetricName = "psnr";
    public const double MaxDecibels = 100;

    public string Name => MetricName;

    public double Compute(Image reference, Image candidate)
    {
        ImagePairGuard.RequireSameShape(reference, candidate, Name);
        return FromMeanSquaredError(MeanSquaredError.Of(reference.Pixels, candidate.Pixels));
    }

    public static double FromMeanSquaredError(double meanSquaredError) =>
        Math.Min(MaxDecibels, -10 * Math.Log10(meanSquaredError));
}

using Denoising.Abstractions;
using Denoising.Common;

namespace Denoising.Plugins.Metrics;

/// <summary>PSNR in decibels for data range 1, capped as <see cref="PeakSignal"/> says.</summary>
public sealed class PeakSignalToNoiseRatio : IMetric
{
    public const string MetricName = "psnr";

    public double Compute(Image reference, Image candidate)
    {
        ImagePairGuard.RequireSameShape(reference, candidate, MetricName);
        return PeakSignal.DecibelsFromMeanSquaredError(MeanSquaredError.Of(reference.Pixels, candidate.Pixels));
    }
}

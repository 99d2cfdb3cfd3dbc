using Denoising.Abstractions;
using Denoising.Common;

namespace Denoising.Plugins.Metrics;

/// <summary>The full-reference metrics an evaluate step computes by default: mse, psnr and ssim.</summary>
public sealed class MetricsPlugin : IDenoisingPlugin
{
    public void Register(IComponentRegistry registry)
    {
        registry.AddMetric(MeanSquaredError.MetricName, "Mean squared pixel error (lower is better).", () => new MeanSquaredError());
        registry.AddMetric(PeakSignalToNoiseRatio.MetricName,
            $"Peak signal-to-noise ratio in dB for data range 1, capped at {PeakSignal.MaxDecibels} dB (higher is better).",
            () => new PeakSignalToNoiseRatio());
        registry.AddMetric(StructuralSimilarity.MetricName,
            "Mean SSIM as skimage computes it with gaussian_weights=True, sigma=1.5 (higher is better).",
            () => new StructuralSimilarity());
    }
}

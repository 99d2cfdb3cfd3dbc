using Denoising.Abstractions;

namespace Denoising.Plugins.Metrics;

/// <summary>Mean of squared pixel differences over all channels, rows and columns.</summary>
public sealed class MeanSquaredError : IMetric
{
    public const string MetricName = "mse";

    public double Compute(Image reference, Image candidate)
    {
        ImagePairGuard.RequireSameShape(reference, candidate, MetricName);
        return Of(reference.Pixels, candidate.Pixels);
    }

    internal static double Of(float[] reference, float[] candidate)
    {
        double sum = 0;
        for (var i = 0; i < reference.Length; i++)
        {
            var difference = (double)reference[i] - candidate[i];
            sum += difference * difference;
        }
        return sum / reference.Length;
    }
}

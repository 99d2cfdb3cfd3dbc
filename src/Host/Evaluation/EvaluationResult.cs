namespace Denoising.Host.Evaluation;

/// <summary>
/// Per-image values (ordered by input, metric, then reference image order) and means (ordered by input, metric).
/// </summary>
public sealed record EvaluationResult(IReadOnlyList<ImageMetricValue> PerImage, IReadOnlyList<MetricMean> Means)
{
    /// <summary>The mean of <paramref name="metric"/> over the images of <paramref name="input"/>.</summary>
    public double Mean(string input, string metric) =>
        Means.FirstOrDefault(mean => mean.Input == input && mean.Metric == metric)?.Mean
        ?? throw new KeyNotFoundException($"No mean for input '{input}' and metric '{metric}' in this evaluation.");
}

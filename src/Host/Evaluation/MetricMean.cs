namespace Denoising.Host.Evaluation;

/// <summary>The mean of one metric over all images of one input set.</summary>
public sealed record MetricMean(string Input, string Metric, double Mean, int ImageCount);

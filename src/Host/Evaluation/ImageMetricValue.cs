namespace Denoising.Host.Evaluation;

/// <summary>One metric of one image of one input set.</summary>
public sealed record ImageMetricValue(string Input, string ImageId, string Metric, double Value);

namespace Denoising.Host.Output;

/// <summary>The content of metrics.json.</summary>
public sealed record MetricsDocument(IReadOnlyList<MetricRow> Means, IReadOnlyList<ImageMetricRow> PerImage);

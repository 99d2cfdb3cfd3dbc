using Denoising.Abstractions;

namespace Denoising.Host.Evaluation;

/// <summary>A metric with the name it was registered and configured under, which labels its values in outputs.</summary>
public sealed record NamedMetric(string Name, IMetric Metric);

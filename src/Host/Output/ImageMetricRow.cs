namespace Denoising.Host.Output;

/// <summary>One metric of one image of one input set at one evaluate step of a run.</summary>
public sealed record ImageMetricRow(string Step, string Input, string Image, string Metric, double Value);

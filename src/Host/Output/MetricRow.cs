namespace Denoising.Host.Output;

/// <summary>
/// The mean of one metric over one input set at one evaluate step of a run.
/// <paramref name="Step"/> names the step (its name in the experiment, or its index as text).
/// </summary>
public sealed record MetricRow(string Step, string Input, string Metric, double Value);

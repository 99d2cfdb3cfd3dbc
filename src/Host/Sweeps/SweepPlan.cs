using Denoising.Host.Reports;

namespace Denoising.Host.Sweeps;

/// <summary>Every point of a sweep and how to run them.</summary>
/// <param name="ExperimentPath">The experiment file each point runs.</param>
/// <param name="Overrides">Command-line <c>--set</c> overrides applied to every point, before the point's own.</param>
public sealed record SweepPlan(
    string Name,
    string ExperimentPath,
    IReadOnlyList<string> Overrides,
    IReadOnlyList<SweptKey> Keys,
    IReadOnlyList<SweepPoint> Points,
    ReportOptions Report);

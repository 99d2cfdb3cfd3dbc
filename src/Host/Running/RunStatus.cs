using System.Text.Json.Serialization;

namespace Denoising.Host.Running;

/// <summary>The state file of a run folder: only a finished run says <c>completed</c>.</summary>
public sealed record RunStatus(
    string Experiment,
    string State,
    DateTimeOffset Started,
    DateTimeOffset? Finished,
    string? Error,
    IReadOnlyList<StepTiming> Steps,
    long PeakMemoryBytes,
    Provenance? Provenance = null)
{
    public const string Running = "running";
    public const string Completed = "completed";
    public const string Failed = "failed";
    public const string Cancelled = "cancelled";
}

/// <param name="SecondsPerEpoch">For train steps: mean seconds of the epochs trained in this run.</param>
/// <param name="Curves">For train steps whose denoiser reports progress: its curves CSV, relative to the run folder.</param>
public sealed record StepTiming(
    string Id, string Kind, double Seconds, double? SecondsPerEpoch = null, IReadOnlyList<double>? EpochLosses = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Curves = null);

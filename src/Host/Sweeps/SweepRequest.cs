namespace Denoising.Host.Sweeps;

/// <summary>What the sweep command was asked to do.</summary>
/// <param name="OutputDirectory">Sweep folder; null for sweeps/NAME under the current folder.</param>
/// <param name="Child">How to start the host for each point; null for the running host.</param>
public sealed record SweepRequest(
    string ConfigPath,
    string? OutputDirectory = null,
    int Parallel = 1,
    Shard? Shard = null,
    IReadOnlyList<string>? Overrides = null,
    IReadOnlyList<string>? PluginDirectories = null,
    ChildCommand? Child = null)
{
    /// <summary>How long a cancelled point may take to record its state before it is killed.</summary>
    public TimeSpan StopGrace { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Compute threads per point when the experiment leaves them to the host: the cores shared out.</summary>
    public int ThreadsPerPoint => Math.Max(1, Environment.ProcessorCount / Math.Max(1, Parallel));
}

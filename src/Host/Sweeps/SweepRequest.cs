namespace Denoising.Host.Sweeps;

/// <summary>What the sweep command was asked to do.</summary>
/// <param name="OutputDirectory">Sweep folder; null for sweeps/NAME under the current folder.</param>
/// <param name="Parallel">Points run at once; null for <see cref="SweepParallelism.Auto"/>.</param>
/// <param name="Child">How to start the host for each point; null for the running host.</param>
public sealed record SweepRequest(
    string ConfigPath,
    string? OutputDirectory = null,
    int? Parallel = 1,
    Shard? Shard = null,
    IReadOnlyList<string>? Overrides = null,
    IReadOnlyList<string>? PluginDirectories = null,
    ChildCommand? Child = null)
{
    /// <summary>How long a cancelled point may take to record its state before it is killed.</summary>
    public TimeSpan StopGrace { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Cores shared out among the points (default: this process's processor count).</summary>
    public int Cores { get; init; } = Environment.ProcessorCount;

    /// <summary>Points at once and threads each, for <paramref name="pendingPoints"/> points left to run.</summary>
    public SweepParallelism Parallelism(int pendingPoints) =>
        Parallel is { } points ? SweepParallelism.Fixed(points, Cores) : SweepParallelism.Auto(Cores, pendingPoints);
}

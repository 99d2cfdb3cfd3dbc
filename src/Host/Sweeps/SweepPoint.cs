namespace Denoising.Host.Sweeps;

/// <summary>One point of a sweep, validated against the plugins.</summary>
/// <param name="Index">Position in the sweep's order (the first axis varies slowest), from 0.</param>
/// <param name="Threads">The experiment's own thread setting; 0 lets the sweep share the cores out.</param>
public sealed record SweepPoint(int Index, IReadOnlyList<Assignment> Assignments, string Hash, int Threads)
{
    public string Label => PointNaming.Label(Assignments);

    public string DirectoryName => PointNaming.DirectoryName(Label, Hash);

    public IEnumerable<string> Overrides => Assignments.Select(a => a.Override);
}

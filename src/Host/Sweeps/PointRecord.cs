using System.Text.Json.Nodes;

namespace Denoising.Host.Sweeps;

/// <summary>A point as written to point.json and sweep.json.</summary>
/// <param name="Directory">The point's folder, relative to the sweep folder.</param>
/// <param name="Overrides">The <c>--set</c> overrides that make the point from the base experiment.</param>
public sealed record PointRecord(
    int Index,
    string Label,
    string Hash,
    string Directory,
    IReadOnlyList<AssignmentRecord> Assignments,
    IReadOnlyList<string> Overrides)
{
    public static PointRecord From(SweepPoint point) => new(
        point.Index, point.Label, point.Hash, SweepLayout.PointDirectory(point),
        point.Assignments.Select(a => new AssignmentRecord(a.Key, a.Name, a.Text, a.Label, YamlJson.From(a.Value))).ToList(),
        point.Overrides.ToList());
}

/// <param name="Text">The value as flow YAML; <paramref name="Value"/> the same as JSON, types kept.</param>
public sealed record AssignmentRecord(string Key, string Name, string Text, string Label, JsonNode? Value);

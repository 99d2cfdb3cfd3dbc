using System.Text.Json.Nodes;
using Denoising.Host.Output;
using Denoising.Host.Running;

namespace Denoising.Host.Reports;

/// <summary>
/// What a run folder holds for its report, read back from its files: config.yaml, run.json (as written: other
/// fields than <see cref="RunStatus"/>'s show in the provenance), metrics.json, the grids and their layouts, the curves.
/// A file that is absent reads as null or empty: a run that failed early still gets a report.
/// </summary>
public sealed record RunFolder(
    RunDirectory Directory,
    string? Config,
    RunStatus? Status,
    JsonObject? StatusJson,
    MetricsDocument Metrics,
    IReadOnlyList<CurveTable> Curves)
{
    public static RunFolder Read(string path)
    {
        var directory = new RunDirectory(path);
        if (!File.Exists(directory.StatusFile))
            throw new FileNotFoundException($"'{path}' has no run.json; is it a run folder?", directory.StatusFile);
        var statusJson = JsonFiles.Read<JsonObject>(directory.StatusFile);
        var metricsFile = Path.Combine(path, MetricsReport.JsonFileName);
        var config = File.Exists(directory.ConfigFile) ? File.ReadAllText(directory.ConfigFile) : null;
        return new RunFolder(
            directory,
            config,
            directory.ReadStatus(),
            statusJson,
            File.Exists(metricsFile) ? MetricsJson.Read(metricsFile) : new MetricsDocument([], []),
            ReadCurves(path, statusJson));
    }

    /// <summary>The evaluate steps that produced metrics, in the order they ran.</summary>
    public IReadOnlyList<string> EvaluateSteps => Metrics.Means.Select(m => m.Step).Distinct().ToList();

    public IReadOnlyList<StepTiming> Steps => Status?.Steps ?? [];

    /// <summary>The layout of an evaluate step's grid, or null without one (no grid, or one drawn before layouts).</summary>
    public ComparisonGridLayout? GridLayout(string stepId)
    {
        var path = Directory.GridLayoutFile(stepId);
        return File.Exists(path) && File.Exists(Directory.GridFile(stepId)) ? JsonFiles.Read<ComparisonGridLayout>(path) : null;
    }

    /// <summary>
    /// The curves of each train step: the file run.json names for the step (<c>"curves"</c>), else curves/STEP.csv.
    /// Only files inside the run folder are read.
    /// </summary>
    private static List<CurveTable> ReadCurves(string runPath, JsonObject status)
    {
        var tables = new List<CurveTable>();
        foreach (var step in (status["steps"] as JsonArray ?? []).OfType<JsonObject>())
        {
            if (step["kind"]?.GetValue<string>() != "train" || step["id"]?.GetValue<string>() is not { } id)
                continue;
            var relative = step["curves"] is JsonValue named && named.TryGetValue<string>(out var text) ? text : RunDirectory.CurvesPath(id);
            var full = Path.GetFullPath(Path.Combine(runPath, relative));
            if (!full.StartsWith(Path.GetFullPath(runPath) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                continue;
            if (CurveTable.Read(full, id) is { } table)
                tables.Add(table);
        }
        return tables;
    }
}

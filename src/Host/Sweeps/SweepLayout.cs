using System.Text.Json;
using Denoising.Host.Output;

namespace Denoising.Host.Sweeps;

/// <summary>
/// The sweep folder: sweep.json (the plan), points/NAME-HASH/ (one run folder per point, with point.json),
/// and the report files. JSON is snake_case like the YAML it comes from.
/// </summary>
public static class SweepLayout
{
    public const string PlanFileName = "sweep.json";
    public const string PointFileName = "point.json";
    public const string ConsoleFileName = "console.txt";
    public const string PointsFolder = "points";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.General)
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    public static string PointDirectory(SweepPoint point) => Path.Combine(PointsFolder, point.DirectoryName);

    public static void WritePlan(string sweepDirectory, SweepPlan plan) =>
        AtomicFile.WriteAllText(Path.Combine(sweepDirectory, PlanFileName), JsonSerializer.Serialize(SweepRecord.From(plan), Json));

    public static SweepRecord ReadPlan(string sweepDirectory)
    {
        var path = Path.Combine(sweepDirectory, PlanFileName);
        if (!File.Exists(path))
            throw new FileNotFoundException($"'{sweepDirectory}' has no {PlanFileName}; is it the output folder of a sweep?", path);
        return UntrustedFile.ReadJson<SweepRecord>(path, Json);
    }

    public static void WritePoint(string pointDirectory, SweepPoint point) =>
        AtomicFile.WriteAllText(Path.Combine(pointDirectory, PointFileName), JsonSerializer.Serialize(PointRecord.From(point), Json));
}

using Denoising.Host.Output;

namespace Denoising.Host.Sweeps;

/// <summary>
/// The sweep folder: sweep.json (the plan), points/NAME-HASH/ (one run folder per point, with point.json), datasets/
/// (decoded datasets the points share) and the report files, in <see cref="JsonFiles"/> JSON.
/// </summary>
public static class SweepLayout
{
    public const string PlanFileName = "sweep.json";
    public const string PointFileName = "point.json";
    public const string ConsoleFileName = "console.txt";
    public const string PointsFolder = "points";

    /// <summary>Decoded datasets the points share (<see cref="Running.Caching.DecodedDatasetCache"/>).</summary>
    public const string DatasetsFolder = "datasets";

    public static string PointDirectory(SweepPoint point) => Path.Combine(PointsFolder, point.DirectoryName);

    public static void WritePlan(string sweepDirectory, SweepPlan plan) =>
        JsonFiles.Write(Path.Combine(sweepDirectory, PlanFileName), SweepRecord.From(plan));

    public static SweepRecord ReadPlan(string sweepDirectory)
    {
        var path = Path.Combine(sweepDirectory, PlanFileName);
        if (!File.Exists(path))
            throw new FileNotFoundException($"'{sweepDirectory}' has no {PlanFileName}; is it the output folder of a sweep?", path);
        return JsonFiles.Read<SweepRecord>(path);
    }

    public static void WritePoint(string pointDirectory, SweepPoint point) =>
        JsonFiles.Write(Path.Combine(pointDirectory, PointFileName), PointRecord.From(point));
}

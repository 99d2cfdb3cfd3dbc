using Denoising.Host.Output;
using Denoising.Host.Running;
using Denoising.Host.Sweeps;

namespace Denoising.Host.Reports;

/// <summary>A sweep folder read back: the plan from sweep.json, and for each point its run.json and metrics.json.</summary>
public sealed record SweepResults(string Directory, SweepRecord Sweep, IReadOnlyList<PointSummary> Points)
{
    public static SweepResults Read(string directory)
    {
        var sweep = SweepLayout.ReadPlan(directory);
        return new SweepResults(directory, sweep, sweep.Points.Select(point => ReadPoint(directory, point)).ToList());
    }

    private static PointSummary ReadPoint(string sweepDirectory, PointRecord point)
    {
        // sweep.json and the point folders may come from another user's process (a shared sweep folder): read only
        // plain folders of the sweep's own points folder, within limits, and report a bad point instead of stopping.
        if (!IsPointFolderName(point.Directory))
            return Unreadable(point, $"its folder '{point.Directory}' is not a folder of {SweepLayout.PointsFolder}/; not read");
        var path = Path.Combine(sweepDirectory, point.Directory);
        var folder = new DirectoryInfo(path);
        if (!folder.Exists)
            return new PointSummary(point, PointSummary.Pending, null, []);
        if (folder.LinkTarget is not null)
            return Unreadable(point, $"'{path}' is a link; it is not followed");
        try
        {
            var status = new RunDirectory(path).ReadStatus();
            var metricsFile = Path.Combine(path, MetricsReport.JsonFileName);
            var metrics = File.Exists(metricsFile) ? MetricsJson.Read(metricsFile).Means : [];
            return new PointSummary(point, status?.State ?? PointSummary.Pending, status?.Error, metrics);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            return Unreadable(point, e.Message);
        }
    }

    private static bool IsPointFolderName(string relative)
    {
        var parts = relative.Split('/', Path.DirectorySeparatorChar);
        return parts.Length == 2 && parts[0] == SweepLayout.PointsFolder
               && parts[1].Length > 0 && parts[1] is not ("." or "..") && parts[1].IndexOfAny(Path.GetInvalidFileNameChars()) < 0;
    }

    private static PointSummary Unreadable(PointRecord point, string error) => new(point, PointSummary.Unreadable, error, []);
}

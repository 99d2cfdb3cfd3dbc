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
        var path = Path.Combine(sweepDirectory, point.Directory);
        if (!System.IO.Directory.Exists(path))
            return new PointSummary(point, PointSummary.Pending, null, []);
        var status = new RunDirectory(path).ReadStatus();
        var metricsFile = Path.Combine(path, MetricsReport.JsonFileName);
        var metrics = File.Exists(metricsFile) ? MetricsJson.Read(metricsFile).Means : [];
        return new PointSummary(point, status?.State ?? PointSummary.Pending, status?.Error, metrics);
    }
}

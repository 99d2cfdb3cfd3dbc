using System.Text.Json.Nodes;
using Denoising.Host.Output;
using Denoising.Host.Reports;
using Denoising.Host.Sweeps;

namespace Denoising.Tests.Reports;

/// <summary>A sweep folder written by someone else's processes is data: read within limits, never outside itself.</summary>
public sealed class SharedSweepFolderTests(FinishedSweep sweep) : IClassFixture<FinishedSweep>, IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private string CopyOfSweep()
    {
        var copy = Path.Combine(_temp.Path, "shared", "sweep");
        foreach (var file in Directory.EnumerateFiles(sweep.Directory, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(sweep.Directory, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        return copy;
    }

    [Fact]
    public void A_point_folder_outside_the_sweep_or_an_oversized_file_marks_that_point_unreadable_and_the_rest_still_report()
    {
        var copy = CopyOfSweep();
        var planFile = Path.Combine(copy, SweepLayout.PlanFileName);
        var plan = JsonNode.Parse(File.ReadAllText(planFile))!;
        var points = plan["points"]!.AsArray();
        var escaping = points[0]!["directory"]!.GetValue<string>();
        var oversized = points.Skip(1).Select(p => p!["directory"]!.GetValue<string>())
            .First(d => File.Exists(Path.Combine(copy, d, MetricsReport.JsonFileName)));
        var outside = Path.Combine(_temp.Path, "shared", "outside");
        Directory.CreateDirectory(outside);
        File.Copy(Path.Combine(copy, escaping, MetricsReport.JsonFileName), Path.Combine(outside, MetricsReport.JsonFileName));
        points[0]!["directory"] = "../outside";
        File.WriteAllText(planFile, plan.ToJsonString());
        using (var stream = File.OpenWrite(Path.Combine(copy, oversized, MetricsReport.JsonFileName)))
            stream.SetLength(JsonFiles.MaxBytes + 1);

        var results = SweepResults.Read(copy);

        Assert.Equal(points.Count, results.Points.Count);
        var escaped = results.Points[0];
        Assert.Equal(PointSummary.Unreadable, escaped.Status);
        Assert.Contains("'../outside' is not a folder of points/", escaped.Error);
        Assert.Empty(escaped.Metrics);
        var large = results.Points.Single(p => p.Point.Directory == oversized);
        Assert.Equal(PointSummary.Unreadable, large.Status);
        Assert.Contains(MetricsReport.JsonFileName, large.Error);
        Assert.Contains("more than the", large.Error);
        Assert.Contains(results.Points, p => p.Status == "completed" && p.Metrics.Count > 0);
    }

    [Fact]
    public void A_plan_that_is_not_json_is_reported_naming_the_file()
    {
        var copy = CopyOfSweep();
        var planFile = Path.Combine(copy, SweepLayout.PlanFileName);
        File.WriteAllText(planFile, "{ \"name\": ");

        var error = Assert.Throws<InvalidDataException>(() => SweepResults.Read(copy));

        Assert.Contains(planFile, error.Message);
    }
}

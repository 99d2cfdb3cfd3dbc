using Denoising.Host.Running;
using Denoising.Host.Sweeps;
using Denoising.Tests.Host;
using Denoising.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Denoising.Tests.Sweeps;

/// <summary>Runs sweeps as the sweep command does, each point a child process of the built host (artifacts/host).</summary>
public static class SweepRuns
{
    public static SweepRequest Request(string config, string output, int parallel = 1) => new(
        config, output, parallel, null, [], [RepoPaths.PluginsDirectory],
        ChildCommand.Dotnet(Path.Combine(RepoPaths.HostOutput, "denoise.dll")));

    public static async Task<SweepOutcome> RunAsync(SweepRequest request, CancellationToken cancellationToken = default)
    {
        var services = HostFixture.WithInTreePlugins();
        return await services.GetRequiredService<SweepRunner>().RunAsync(request, cancellationToken);
    }

    public static RunStatus Status(SweepOutcome outcome, PointResult result) =>
        new RunDirectory(PointDirectory(outcome, result.Point)).ReadStatus()
        ?? throw new InvalidOperationException($"point {result.Point.Label} has no run.json");

    public static string PointDirectory(SweepOutcome outcome, SweepPoint point) =>
        Path.Combine(outcome.Directory, SweepLayout.PointDirectory(point));
}

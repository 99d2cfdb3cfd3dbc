using System.CommandLine;
using Denoising.Host.Reports;
using Denoising.Host.Running;
using Denoising.Host.Sweeps;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Denoising.Host.Cli;

/// <summary>
/// <c>report DIR</c>: (re)writes the report of a sweep folder (summary.csv, summary.md, heatmaps, report.html) or of a
/// run folder (report.html).
/// </summary>
public static class ReportCommand
{
    public static Command Create()
    {
        var directory = new Argument<DirectoryInfo>("dir") { Description = "Output folder of a sweep (holds sweep.json) or of a run (holds run.json)." };
        var command = new Command("report", "Write the HTML report of a run folder, or summarise a sweep folder: summary.csv, summary.md, heatmaps and report.html.") { directory };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var host = HostFactory.Build();
            await host.StartAsync(cancellationToken);
            var path = parse.GetValue(directory)!.FullName;
            try
            {
                if (!File.Exists(Path.Combine(path, SweepLayout.PlanFileName)) && File.Exists(new RunDirectory(path).StatusFile))
                    host.Services.GetRequiredService<RunReporter>().Write(path);
                else
                    host.Services.GetRequiredService<SweepReporter>().Write(path);
                return ExitCodes.Success;
            }
            catch (Exception e) when (e is IOException or InvalidDataException or System.Text.Json.JsonException)
            {
                Console.Error.WriteLine($"No report: {e.Message}");
                return ExitCodes.RunFailed;
            }
        });
        return command;
    }
}

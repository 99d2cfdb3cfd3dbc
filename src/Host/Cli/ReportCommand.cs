using System.CommandLine;
using Denoising.Host.Reports;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Denoising.Host.Cli;

/// <summary><c>report DIR</c>: (re)writes summary.csv, summary.md and the heatmaps of a sweep folder.</summary>
public static class ReportCommand
{
    public static Command Create()
    {
        var directory = new Argument<DirectoryInfo>("dir") { Description = "Output folder of a sweep (holds sweep.json)." };
        var command = new Command("report", "Summarise a sweep folder: summary.csv, summary.md and heatmaps.") { directory };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var host = HostFactory.Build();
            await host.StartAsync(cancellationToken);
            try
            {
                host.Services.GetRequiredService<SweepReporter>().Write(parse.GetValue(directory)!.FullName);
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

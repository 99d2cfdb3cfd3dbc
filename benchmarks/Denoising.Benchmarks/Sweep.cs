using System.Diagnostics;
using System.Reflection;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace Denoising.Benchmarks;

/// <summary>What a sweep runs; read by <see cref="BenchmarkCommands"/>.</summary>
internal sealed record SweepOptions(string[] Models, SweepConfiguration[] Configurations, int Epochs, int Images = 0);

/// <summary>Runs every model under every configuration, each in a fresh process, and prints a Markdown table.</summary>
internal sealed class Sweep(SweepOptions options, ILogger logger)
{
    public int Execute(TextWriter output)
    {
        output.WriteLine("| model | setting | best s/epoch (epochs 2+) | epoch times (s) | CPU s/epoch (epochs 2+) | minor faults/epoch (epochs 2+) | peak RSS (MiB) | final RSS (MiB) | user s | sys s |");
        output.WriteLine("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        var failures = 0;
        foreach (var model in options.Models)
        {
            foreach (var configuration in options.Configurations)
            {
                var result = RunChild(model, configuration);
                if (result is null)
                {
                    failures++;
                    output.WriteLine($"| {model} | {configuration.Label} | failed | | | | | | | |");
                    continue;
                }
                var limit = result.StoppedAtMemoryLimit ? " (stopped at RSS limit)" : "";
                output.WriteLine(
                    $"| {model} | {configuration.Label} | {result.BestSecondsPerEpoch:F2}{limit} | {string.Join(", ", result.EpochSeconds.Select(s => s.ToString("F2")))} | {RunResult.Steady(result.EpochCpuSeconds):F2} | " +
                    $"{RunResult.Steady([.. result.EpochMinorFaults.Select(f => (double)f)]):F0} | " +
                    $"{result.PeakResidentMiB:F0} | {result.FinalResidentMiB:F0} | {result.UserSeconds:F1} | {result.SystemSeconds:F1} |");
                output.Flush();
            }
        }
        return failures == 0 ? 0 : 1;
    }

    private RunResult? RunChild(string model, SweepConfiguration configuration)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
            start.ArgumentList.Add(Assembly.GetEntryAssembly()!.Location);
        foreach (var argument in (string[])["run", "--model", model, "--epochs", options.Epochs.ToString(), "--images", options.Images.ToString(), .. configuration.RunArguments])
            start.ArgumentList.Add(argument);
        foreach (var (name, value) in configuration.Environment)
            start.Environment[name] = value;

        logger.LogInformation("Running {Model} with {Configuration}: {Arguments}", model, configuration.Label, string.Join(' ', start.ArgumentList));
        using var child = Process.Start(start)!;
        var lines = child.StandardOutput.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        child.WaitForExit();
        if (child.ExitCode != 0 || lines.Length == 0)
        {
            logger.LogError("{Model} with {Configuration} exited with code {Code}", model, configuration.Label, child.ExitCode);
            return null;
        }
        return JsonSerializer.Deserialize<RunResult>(lines[^1]);
    }
}

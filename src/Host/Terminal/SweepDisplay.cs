using Denoising.Host.Sweeps;
using Microsoft.Extensions.Logging;
using Spectre.Console;

namespace Denoising.Host.Terminal;

/// <summary>
/// Shows a sweep while it runs: on a live terminal a table of the running points (their epoch, time) under a line of
/// points done / running / failed and the sweep's time left, redrawn twice a second; on a plain console the same line
/// as a log line once a minute.
/// </summary>
public sealed class SweepDisplay(TerminalConsole terminal, ILogger<SweepDisplay> logger)
{
    private static readonly TimeSpan LiveRefresh = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan PlainInterval = TimeSpan.FromMinutes(1);

    /// <summary>Shows <paramref name="status"/> until <paramref name="stop"/> is cancelled.</summary>
    public async Task ShowAsync(SweepStatus status, CancellationToken stop)
    {
        ArgumentNullException.ThrowIfNull(status);
        try
        {
            if (terminal.Console is { } console)
            {
                await console.Live(Render(status.Name, status.Snapshot())).AutoClear(true).StartAsync(async context =>
                {
                    while (!stop.IsCancellationRequested)
                    {
                        await Task.Delay(LiveRefresh, stop);
                        context.UpdateTarget(Render(status.Name, status.Snapshot()));
                    }
                });
            }
            else
            {
                while (true)
                {
                    await Task.Delay(PlainInterval, stop);
                    logger.LogInformation("Sweep {Name}: {Status}", status.Name, status.Snapshot().Describe());
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // the sweep ended
        }
    }

    private static Table Render(string name, SweepSnapshot snapshot)
    {
        var table = new Table()
            .Title(Markup.Escape($"Sweep {name}: {snapshot.Done} of {snapshot.Count} done, {snapshot.Running.Count} running, {snapshot.Failed} failed; ETA {snapshot.Remaining}"))
            .AddColumns("point", "label", "training", "running for");
        foreach (var point in snapshot.Running)
        {
            table.AddRow(
                Markup.Escape((point.Point.Index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)),
                Markup.Escape(point.Point.Label),
                Markup.Escape(point.Training?.ToString().Trim() ?? "starting"),
                Markup.Escape(TimeSpan.FromSeconds(Math.Round(point.Elapsed.TotalSeconds)).ToString()));
        }
        return table;
    }
}

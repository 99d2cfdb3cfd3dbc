using System.Globalization;
using System.Runtime.InteropServices;
using Microsoft.Extensions.Logging;

namespace Denoising.Host.Sweeps;

/// <summary>
/// Makes a sweep's child run stop when its sweep dies, even by SIGKILL (which the sweep cannot pass on): the sweep
/// names itself in <see cref="Variable"/>, and the child, once a second, checks that it is still its parent; once
/// it is not, the child stops as on Ctrl+C (run.json says cancelled), so no orphan trains beside a rerun.
/// </summary>
/// <remarks>
/// Polling getppid rather than Linux's PR_SET_PDEATHSIG: that signal fires when the parent's forking thread ends,
/// and .NET starts processes from pool threads that come and go.
/// </remarks>
public sealed class ParentWatch : IDisposable
{
    public const string Variable = "DENOISING_SWEEP_PID";
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    private readonly Timer _timer;

    private ParentWatch(int parent, CancellationTokenSource stop, ILogger logger)
    {
        _timer = new Timer(_ =>
        {
            if (getppid() == parent || stop.IsCancellationRequested)
                return;
            logger.LogWarning("The sweep that started this run (pid {Parent}) has ended; stopping", parent);
            stop.Cancel();
        }, null, Interval, Interval);
    }

    /// <summary>Starts watching when this process was started by a sweep; null otherwise.</summary>
    public static ParentWatch? StartIfSweepChild(CancellationTokenSource stop, ILogger logger)
    {
        if (OperatingSystem.IsWindows()
            || !int.TryParse(Environment.GetEnvironmentVariable(Variable), NumberStyles.None, CultureInfo.InvariantCulture, out var parent))
            return null;
        if (getppid() != parent)
        {
            // Gone before this process got this far.
            stop.Cancel();
            return null;
        }
        return new ParentWatch(parent, stop, logger);
    }

    public void Dispose() => _timer.Dispose();

    [DllImport("libc")]
    private static extern int getppid();
}

using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Denoising.Host.Sweeps;

/// <summary>Asks a child process to stop the way Ctrl+C or a scheduler would: SIGTERM on Unix.</summary>
public static class ProcessSignals
{
    private const int SigTerm = 15;

    /// <summary>Sends SIGTERM (Unix) so the child can record its state; on Windows, where there is none, kills it.</summary>
    public static void Terminate(Process process)
    {
        try
        {
            if (OperatingSystem.IsWindows())
                process.Kill(entireProcessTree: true);
            else
                _ = Kill(process.Id, SigTerm);
        }
        catch (InvalidOperationException)
        {
            // It has already exited.
        }
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}

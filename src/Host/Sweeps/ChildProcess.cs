using System.Diagnostics;

namespace Denoising.Host.Sweeps;

/// <summary>
/// Runs a child process to its end, appending its standard output and error to a file. On cancellation the child
/// gets SIGTERM and <c>grace</c> to stop on its own; after that it is killed with its children.
/// </summary>
public static class ChildProcess
{
    public static async Task<int> RunAsync(ChildCommand command, IEnumerable<string> arguments, string outputFile, TimeSpan grace, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(command.FileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in command.LeadingArguments.Concat(arguments))
            start.ArgumentList.Add(argument);
        // The child stops by itself if this process dies without stopping it (SIGKILL).
        start.Environment[ParentWatch.Variable] = Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await using var output = new StreamWriter(outputFile, append: true) { AutoFlush = true };
        var gate = new Lock();
        using var process = new Process { StartInfo = start };
        DataReceivedEventHandler copy = (_, line) =>
        {
            if (line.Data is null)
                return;
            lock (gate)
                output.WriteLine(line.Data);
        };
        process.OutputDataReceived += copy;
        process.ErrorDataReceived += copy;
        cancellationToken.ThrowIfCancellationRequested();
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            await StopAsync(process, grace);
        }
        process.WaitForExit(); // drains the output handlers
        return process.ExitCode;
    }

    private static async Task StopAsync(Process process, TimeSpan grace)
    {
        ProcessSignals.Terminate(process);
        using var timeout = new CancellationTokenSource(grace);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
        }
    }
}

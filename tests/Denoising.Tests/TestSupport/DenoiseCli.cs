using System.Diagnostics;

namespace Denoising.Tests.TestSupport;

/// <summary>The built <c>denoise</c> executable, run as a user runs it.</summary>
public static class DenoiseCli
{
    public static (int ExitCode, string Output, string Errors) Run(params string[] arguments) =>
        Run(new Dictionary<string, string?>(), arguments);

    /// <param name="environment">Variables to set, or to remove (null value).</param>
    /// <param name="workingDirectory">Where it runs; the test's own folder when null.</param>
    public static (int ExitCode, string Output, string Errors) Run(
        IReadOnlyDictionary<string, string?> environment, string[] arguments, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(Path.Combine(RepoPaths.HostOutput, "denoise"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (workingDirectory is not null)
            start.WorkingDirectory = workingDirectory;
        foreach (var (name, value) in environment)
        {
            if (value is null)
                start.Environment.Remove(name);
            else
                start.Environment[name] = value;
        }
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result, errors.Result);
    }
}

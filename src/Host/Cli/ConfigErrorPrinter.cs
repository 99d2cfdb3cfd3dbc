using Denoising.Host.Configuration;

namespace Denoising.Host.Cli;

/// <summary>Prints config errors, bounded: a broken file must not flood the terminal (or a sweep's console.txt).</summary>
public static class ConfigErrorPrinter
{
    public const int MaxPrinted = 50;
    public const int MaxLineLength = 400;

    /// <param name="subject">What the errors are about, as the first line names it.</param>
    public static int Print(ConfigException e, string subject = "The experiment")
    {
        Console.Error.WriteLine($"{subject} is not valid ({e.Errors.Count} problem{(e.Errors.Count == 1 ? "" : "s")}):");
        foreach (var error in e.Errors.Take(MaxPrinted))
            Console.Error.WriteLine($"  {Shorten(error.ToString())}");
        if (e.Errors.Count > MaxPrinted)
            Console.Error.WriteLine($"  ... and {e.Errors.Count - MaxPrinted} more");
        return ExitCodes.InvalidConfig;
    }

    /// <summary>Cuts a line past <see cref="MaxLineLength"/> characters (a quoted value can be long), saying how much.</summary>
    public static string Shorten(string line) =>
        line.Length <= MaxLineLength ? line : $"{line[..MaxLineLength]}... ({line.Length - MaxLineLength} more characters)";
}

using Denoising.Host.Configuration;

namespace Denoising.Host.Cli;

public static class ConfigErrorPrinter
{
    public static int Print(ConfigException e)
    {
        Console.Error.WriteLine($"The experiment is not valid ({e.Errors.Count} problem{(e.Errors.Count == 1 ? "" : "s")}):");
        foreach (var error in e.Errors)
            Console.Error.WriteLine($"  {error}");
        return ExitCodes.InvalidConfig;
    }
}

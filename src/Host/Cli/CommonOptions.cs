using System.CommandLine;

namespace Denoising.Host.Cli;

/// <summary>Arguments and options shared by several commands.</summary>
public static class CommonOptions
{
    public static Option<string[]> Set() => new("--set")
    {
        Description = "Override a key: --set steps.model.training.epochs=3 (repeatable; the value is YAML).",
        AllowMultipleArgumentsPerToken = false,
    };

    public static Option<string[]> Plugins() => new("--plugins")
    {
        Description = "Extra plugin folder to search (repeatable).",
        AllowMultipleArgumentsPerToken = false,
    };

    public static Option<bool> Verbose() => new("--verbose", "-v") { Description = "Log debug details." };
}

using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;

namespace Denoising.Host.Logging;

/// <summary>
/// The one line format of the console and of each run's log.txt: <c>2026-11-27 17:02:03 info  ExperimentRunner: text</c>.
/// The console's default; <c>Logging__Console__FormatterName=json</c> (or <c>simple</c>, <c>systemd</c>) picks another,
/// as with any generic host.
/// </summary>
public sealed class LogLineFormatter() : ConsoleFormatter(FormatterName)
{
    public const string FormatterName = "denoise";

    public override void Write<TState>(in LogEntry<TState> logEntry, IExternalScopeProvider? scopeProvider, TextWriter textWriter)
    {
        var message = logEntry.Formatter(logEntry.State, logEntry.Exception);
        if (string.IsNullOrEmpty(message) && logEntry.Exception is null)
            return;
        textWriter.Write(Format(DateTimeOffset.Now, logEntry.LogLevel, logEntry.Category, message, logEntry.Exception));
    }

    /// <summary>One entry as text, ending with a line break (the exception, when given, on the lines after).</summary>
    public static string Format(DateTimeOffset time, LogLevel level, string category, string? message, Exception? exception)
    {
        var line = $"{time:yyyy-MM-dd HH:mm:ss} {LevelName(level),-5} {ShortCategory(category)}: {message}{Environment.NewLine}";
        return exception is null ? line : line + exception + Environment.NewLine;
    }

    /// <summary>The class name of a category (Denoising.Host.Running.ExperimentRunner: ExperimentRunner).</summary>
    private static string ShortCategory(string category) => category[(category.LastIndexOf('.') + 1)..];

    private static string LevelName(LogLevel level) => level switch
    {
        LogLevel.Trace => "trace",
        LogLevel.Debug => "debug",
        LogLevel.Information => "info",
        LogLevel.Warning => "warn",
        LogLevel.Error => "error",
        LogLevel.Critical => "crit",
        _ => level.ToString().ToLowerInvariant(),
    };
}

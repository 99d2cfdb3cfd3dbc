using System.Collections.Concurrent;
using Denoising.Host.Logging;
using Microsoft.Extensions.Logging;
using Spectre.Console;

namespace Denoising.Host.Terminal;

/// <summary>
/// The console log of a live terminal: the same lines as <see cref="LogLineFormatter"/> writes, written through
/// Spectre.Console so that they scroll above a live progress display instead of through it. They go out as raw text
/// (a <see cref="ControlCode"/>), so that the terminal, not Spectre, wraps long lines. Warnings and errors are coloured.
/// </summary>
public sealed class TerminalLoggerProvider(IAnsiConsole console) : ILoggerProvider
{
    private const string EraseBelow = "\u001b[0J";

    private readonly ConcurrentDictionary<string, TerminalLogger> _loggers = new();

    public ILogger CreateLogger(string categoryName) => _loggers.GetOrAdd(categoryName, name => new TerminalLogger(console, name));

    public void Dispose()
    {
    }

    private sealed class TerminalLogger(IAnsiConsole console, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var message = formatter(state, exception);
            if (!IsEnabled(logLevel) || (string.IsNullOrEmpty(message) && exception is null))
                return;
            var text = LogLineFormatter.Format(DateTimeOffset.Now, logLevel, category, message, exception);
            var color = logLevel switch
            {
                >= LogLevel.Error => "31",
                LogLevel.Warning => "33",
                _ => null,
            };
            // Erase to the end of the screen first: a live display puts the cursor on its first line before this.
            console.Write(new ControlCode(EraseBelow + (color is null ? text : $"\u001b[{color}m{text.TrimEnd()}\u001b[0m{Environment.NewLine}")));
        }
    }
}

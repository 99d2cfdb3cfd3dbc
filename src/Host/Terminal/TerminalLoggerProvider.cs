using System.Collections.Concurrent;
using Denoising.Host.Logging;
using Microsoft.Extensions.Logging;
using Spectre.Console;

namespace Denoising.Host.Terminal;

/// <summary>
/// The console log of a live terminal: the same lines as <see cref="LogLineFormatter"/> writes, written through
/// Spectre.Console so that they scroll above a live progress display instead of through it. Warnings and errors are
/// coloured.
/// </summary>
public sealed class TerminalLoggerProvider(IAnsiConsole console) : ILoggerProvider
{
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
            var style = logLevel switch
            {
                >= LogLevel.Error => new Style(Color.Red),
                LogLevel.Warning => new Style(Color.Yellow),
                _ => Style.Plain,
            };
            console.Write(new Text(LogLineFormatter.Format(DateTimeOffset.Now, logLevel, category, message, exception), style));
        }
    }
}

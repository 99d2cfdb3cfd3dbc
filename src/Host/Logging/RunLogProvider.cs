using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Denoising.Host.Logging;

/// <summary>Copies log lines into the log file of the run in progress (none between runs), in the console's format.</summary>
public sealed class RunLogProvider : ILoggerProvider
{
    private readonly ConcurrentDictionary<string, RunLogger> _loggers = new();
    private readonly Lock _gate = new();
    private StreamWriter? _writer;

    public ILogger CreateLogger(string categoryName) => _loggers.GetOrAdd(categoryName, name => new RunLogger(this, name));

    /// <summary>Starts appending to <paramref name="path"/>; a resumed run keeps its earlier lines.</summary>
    public IDisposable Attach(string path)
    {
        lock (_gate)
        {
            _writer?.Dispose();
            _writer = new StreamWriter(path, append: true) { AutoFlush = true };
        }
        return new Detacher(this);
    }

    public void Dispose() => Detach();

    private void Detach()
    {
        lock (_gate)
        {
            _writer?.Dispose();
            _writer = null;
        }
    }

    private void Write(string category, LogLevel level, string message, Exception? exception)
    {
        lock (_gate)
        {
            if (_writer is null)
                return;
            _writer.Write(LogLineFormatter.Format(DateTimeOffset.Now, level, category, message, exception));
        }
    }

    private sealed class RunLogger(RunLogProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
                provider.Write(category, logLevel, formatter(state, exception), exception);
        }
    }

    private sealed class Detacher(RunLogProvider provider) : IDisposable
    {
        public void Dispose() => provider.Detach();
    }
}

using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Denoising.Tests.TestSupport;

/// <summary>A logger factory whose records (every level) land in <see cref="Collector"/>.</summary>
internal sealed class FakeLogs : IDisposable
{
    public FakeLogs() =>
        Factory = LoggerFactory.Create(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(new FakeLoggerProvider(Collector)));

    public FakeLogCollector Collector { get; } = new();

    public ILoggerFactory Factory { get; }

    /// <summary>The formatted messages so far, oldest first.</summary>
    public IReadOnlyList<string> Messages => Collector.GetSnapshot().Select(record => record.Message).ToList();

    public void Dispose() => Factory.Dispose();
}

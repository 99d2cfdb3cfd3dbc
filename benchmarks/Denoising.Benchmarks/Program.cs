using Denoising.Benchmarks;
using Microsoft.Extensions.Logging;

using var loggerFactory = LoggerFactory.Create(builder => builder
    .AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace)
    .AddSimpleConsole(console => console.SingleLine = true)
    .AddFilter(level => level >= LogLevel.Information));
// Log lines go to stderr; stdout carries only results.
var logger = loggerFactory.CreateLogger("benchmark");

return BenchmarkCommands.Create(logger).Parse(args).Invoke();

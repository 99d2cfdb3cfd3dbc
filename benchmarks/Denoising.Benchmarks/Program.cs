using Denoising.Benchmarks;
using Denoising.Native;
using Microsoft.Extensions.Logging;

// As the host does: a run trains under jemalloc when it is installed, unless DENOISING_ALLOCATOR=glibc.
if (args.Length > 0 && args[0] == "run")
    NativeAllocator.RestartWithPreferred(warning => Console.Error.WriteLine($"warn: {warning}"));

using var loggerFactory = LoggerFactory.Create(builder => builder
    .AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace)
    .AddSimpleConsole(console => console.SingleLine = true)
    .AddFilter(level => level >= LogLevel.Information));
// Log lines go to stderr; stdout carries only results.
var logger = loggerFactory.CreateLogger("benchmark");

return BenchmarkCommands.Create(logger).Parse(args).Invoke();

using System.Text.Json;
using Denoising.Benchmarks;
using Microsoft.Extensions.Logging;

using var loggerFactory = LoggerFactory.Create(builder => builder
    .AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace)
    .AddSimpleConsole(console => console.SingleLine = true)
    .AddFilter(level => level >= LogLevel.Information));
// Log lines go to stderr; stdout carries only results.
var logger = loggerFactory.CreateLogger("benchmark");

if (args.Length > 0 && args[0] == "sweep")
    return new Sweep(SweepOptions.Parse(args[1..]), logger).Execute(Console.Out);
if (args.Length > 0 && args[0] == "run")
{
    var result = new TrainingRun(RunOptions.Parse(args[1..]), logger).Execute();
    Console.Out.WriteLine(JsonSerializer.Serialize(result));
    return 0;
}
Console.Error.WriteLine("Usage: Denoising.Benchmarks run [options] | sweep [--models dense,conv] [--configs a,b] [--epochs N] [--images N]");
return 2;

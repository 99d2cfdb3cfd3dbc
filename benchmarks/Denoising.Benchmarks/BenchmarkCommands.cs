using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text.Json;
using Denoising.Native;
using Microsoft.Extensions.Logging;

namespace Denoising.Benchmarks;

/// <summary><c>run [options]</c> (one training run, its result as JSON on stdout) and <c>sweep [options]</c> (a Markdown table).</summary>
internal static class BenchmarkCommands
{
    public static RootCommand Create(ILogger logger)
    {
        var root = new RootCommand("Bare training loops of the seed models and DnCNN, under each native allocator setting.");
        root.Subcommands.Add(Run(logger));
        root.Subcommands.Add(Sweep(logger));
        return root;
    }

    private static Command Run(ILogger logger)
    {
        var defaults = new RunOptions();
        var model = new Option<string>("--model") { Description = "dense, conv (the seed autoencoders) or dncnn (10x32, 40x40 patches).", DefaultValueFactory = _ => defaults.Model };
        model.AcceptOnlyFromAmong("dense", "conv", "dncnn");
        var epochs = new Option<int>("--epochs") { DefaultValueFactory = _ => defaults.Epochs };
        var images = new Option<int>("--images") { Description = "Images (default: 3000 dense, 2731 conv)." };
        var threads = new Option<int>("--threads") { DefaultValueFactory = _ => defaults.Threads };
        var policy = new Option<NativeMemoryPolicy>("--policy") { Description = "Allocator policy applied at start.", DefaultValueFactory = _ => defaults.Policy };
        var trimEvery = new Option<int>("--trim-every")
        {
            Description = "Call TorchRuntime.ReleaseFreeMemory every N steps, or once per 'epoch'.",
            CustomParser = result => result.Tokens.Single().Value == "epoch" ? -1 : ParseInt(result),
        };
        var noDisposeScope = new Option<bool>("--no-dispose-scope") { Description = "Leave each step's tensors to the GC." };
        var heapReportEvery = new Option<int>("--heap-report-every") { Description = "Log glibc's mallinfo2 figures every N steps." };
        var mallocInfo = new Option<string?>("--malloc-info") { Description = "Write glibc's per-arena XML to this file at the end." };
        var rssLimit = new Option<int>("--rss-limit-mib") { Description = "Stop the run past this resident memory.", DefaultValueFactory = _ => defaults.RssLimitMiB };
        var command = new Command("run", "Train one model under one allocator setting; the result is JSON on stdout.")
        {
            model, epochs, images, threads, policy, trimEvery, noDisposeScope, heapReportEvery, mallocInfo, rssLimit,
        };
        command.SetAction(parse =>
        {
            var options = new RunOptions
            {
                Model = parse.GetValue(model)!,
                Epochs = parse.GetValue(epochs),
                Images = parse.GetValue(images),
                Threads = parse.GetValue(threads),
                Policy = parse.GetValue(policy),
                TrimEvery = parse.GetValue(trimEvery),
                DisposeScope = !parse.GetValue(noDisposeScope),
                HeapReportEvery = parse.GetValue(heapReportEvery),
                MallocInfoPath = parse.GetValue(mallocInfo),
                RssLimitMiB = parse.GetValue(rssLimit),
            };
            Console.Out.WriteLine(JsonSerializer.Serialize(new TrainingRun(options, logger).Execute()));
            return 0;
        });
        return command;
    }

    private static Command Sweep(ILogger logger)
    {
        var models = new Option<string[]>("--models") { Description = "Comma-separated models.", CustomParser = SplitCommas, DefaultValueFactory = _ => ["dense", "conv"] };
        var configurations = new Option<SweepConfiguration[]>("--configs")
        {
            Description = $"Comma-separated settings (default: the library's policies). Known: {string.Join(", ", SweepConfiguration.All.Select(c => c.Label))}.",
            CustomParser = result =>
            {
                var unknown = SplitCommas(result).FirstOrDefault(label => SweepConfiguration.All.All(c => c.Label != label));
                if (unknown is null)
                    return [.. SplitCommas(result).Select(SweepConfiguration.Find)];
                result.AddError($"Unknown configuration '{unknown}'.");
                return [];
            },
        };
        var epochs = new Option<int>("--epochs") { DefaultValueFactory = _ => 3 };
        var images = new Option<int>("--images") { Description = "Images per run (default: each model's own)." };
        var command = new Command("sweep", "Run every model under every setting, each in a fresh process; a Markdown table on stdout.")
        {
            models, configurations, epochs, images,
        };
        command.SetAction(parse => new Sweep(
            new SweepOptions(
                parse.GetValue(models)!, parse.GetValue(configurations) ?? [.. SweepConfiguration.Policies], parse.GetValue(epochs), parse.GetValue(images)), logger)
            .Execute(Console.Out));
        return command;
    }

    private static string[] SplitCommas(ArgumentResult result) =>
        result.Tokens.Single().Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static int ParseInt(ArgumentResult result)
    {
        if (int.TryParse(result.Tokens.Single().Value, out var value))
            return value;
        result.AddError($"'{result.Tokens.Single().Value}' is not a whole number.");
        return 0;
    }
}

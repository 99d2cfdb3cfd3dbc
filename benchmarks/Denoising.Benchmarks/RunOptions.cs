using Denoising.Native;

namespace Denoising.Benchmarks;

/// <summary>Settings of one benchmark run (one model, one allocator setting, one process).</summary>
internal sealed record RunOptions
{
    public string Model { get; init; } = "dense";
    public int Epochs { get; init; } = 3;
    public int Images { get; init; }
    public int Threads { get; init; } = 2;

    /// <summary>Allocator policy TorchRuntime applies at start.</summary>
    public NativeMemoryPolicy Policy { get; init; } = TorchRuntime.DefaultMemoryPolicy;

    /// <summary>Call TorchRuntime.ReleaseFreeMemory every this many steps; 0 never, -1 once per epoch.</summary>
    public int TrimEvery { get; init; }

    /// <summary>Dispose each step's tensors with a dispose scope (what a training loop should do).</summary>
    public bool DisposeScope { get; init; } = true;

    /// <summary>Stop the run once resident memory passes this, so a growing setting cannot exhaust the machine.</summary>
    public int RssLimitMiB { get; init; } = 6000;

    /// <summary>Log glibc's heap summary every this many steps (diagnostics); 0 never.</summary>
    public int HeapReportEvery { get; init; }

    /// <summary>Write glibc's malloc_info XML here at the end (diagnostics).</summary>
    public string? MallocInfoPath { get; init; }

    public int ImageCount => Images > 0 ? Images : Model == "dense" ? 3000 : 2731;
    public int BatchSize => Model == "dense" ? 16 : 128;

    public static RunOptions Parse(IReadOnlyList<string> args)
    {
        var options = new RunOptions();
        for (var index = 0; index < args.Count; index++)
        {
            var key = args[index];
            if (key == "--no-dispose-scope")
            {
                options = options with { DisposeScope = false };
                continue;
            }
            if (index + 1 >= args.Count)
                throw new ArgumentException($"Option '{key}' needs a value.");
            var value = args[++index];
            options = key switch
            {
                "--model" when value is "dense" or "conv" => options with { Model = value },
                "--epochs" => options with { Epochs = int.Parse(value) },
                "--images" => options with { Images = int.Parse(value) },
                "--threads" => options with { Threads = int.Parse(value) },
                "--policy" => options with { Policy = Enum.Parse<NativeMemoryPolicy>(value, ignoreCase: true) },
                "--trim-every" => options with { TrimEvery = value == "epoch" ? -1 : int.Parse(value) },
                "--heap-report-every" => options with { HeapReportEvery = int.Parse(value) },
                "--malloc-info" => options with { MallocInfoPath = value },
                "--rss-limit-mib" => options with { RssLimitMiB = int.Parse(value) },
                _ => throw new ArgumentException(
                    $"Unknown option or value '{key} {value}'. Options: --model dense|conv, --epochs N, --images N, --threads N, " +
                    $"--policy {string.Join('|', Enum.GetNames<NativeMemoryPolicy>())}, --trim-every N|epoch, --no-dispose-scope, --rss-limit-mib N."),
            };
        }
        return options;
    }
}

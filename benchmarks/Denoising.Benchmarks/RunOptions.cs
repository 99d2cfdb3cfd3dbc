using Denoising.Native;

namespace Denoising.Benchmarks;

/// <summary>Settings of one benchmark run (one model, one allocator setting, one process); read by <see cref="BenchmarkCommands"/>.</summary>
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

    /// <summary>Images per epoch; for dncnn, 40x40 patches (the 12,800 of an epoch of the BSD68 config).</summary>
    public int ImageCount => Images > 0 ? Images : Model switch { "dense" => 3000, "conv" => 2731, _ => 12800 };

    public int BatchSize => Model == "dense" ? 16 : 128;
}

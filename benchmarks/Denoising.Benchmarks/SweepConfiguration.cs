using Denoising.Native;

namespace Denoising.Benchmarks;

/// <summary>One allocator setting under test: environment for the child process plus run arguments.</summary>
internal sealed record SweepConfiguration(string Label, IReadOnlyDictionary<string, string> Environment, string[] RunArguments)
{
    /// <summary>Every setting but jemalloc keeps glibc's malloc (the run would otherwise restart with jemalloc).</summary>
    private static readonly Dictionary<string, string> GlibcMalloc = new() { [NativeAllocator.Variable] = NativeAllocator.Glibc };

    private static SweepConfiguration Policy(string label, string policy, params string[] extra) =>
        new(label, GlibcMalloc, ["--policy", policy, .. extra]);

    /// <summary>glibc settings through its environment variables, on top of glibc defaults.</summary>
    private static SweepConfiguration Glibc(string label, params (string Name, string Value)[] variables) =>
        new(label, variables.Append((Name: NativeAllocator.Variable, Value: NativeAllocator.Glibc)).ToDictionary(v => v.Name, v => v.Value), ["--policy", "GlibcDefaults"]);

    /// <summary>The library's policies: what a sweep runs unless told otherwise.</summary>
    public static readonly IReadOnlyList<SweepConfiguration> Policies =
    [
        new("jemalloc", new Dictionary<string, string> { [NativeAllocator.Variable] = NativeAllocator.Jemalloc }, []),
        Policy("adaptive", "Adaptive"),
        Policy("glibc-defaults", "GlibcDefaults"),
        Policy("large-heap", "LargeHeap"),
        Policy("mmap", "Mmap"),
        Policy("mmap-huge-pages", "MmapWithHugePages"),
    ];

    /// <summary>Settings used to find why the dense model's heap grows.</summary>
    public static readonly IReadOnlyList<SweepConfiguration> Diagnostics =
    [
        Policy("defaults+trim-every-50-steps", "GlibcDefaults", "--trim-every", "50"),
        Policy("defaults+no-dispose-scope", "GlibcDefaults", "--no-dispose-scope"),
        Glibc("defaults+no-tcache-no-fastbins", ("GLIBC_TUNABLES", "glibc.malloc.tcache_count=0:glibc.malloc.mxfast=0")),
        Glibc("defaults+arena-max-1", ("MALLOC_ARENA_MAX", "1")),
        Glibc("mmap-2m+huge-pages", ("MALLOC_MMAP_THRESHOLD_", "2097152"), ("THP_MEM_ALLOC_ENABLE", "1")),
        Glibc("large-heap+huge-pages", ("MALLOC_MMAP_THRESHOLD_", "33554432"), ("MALLOC_TRIM_THRESHOLD_", "1073741824"), ("THP_MEM_ALLOC_ENABLE", "1")),
    ];

    public static IEnumerable<SweepConfiguration> All => Policies.Concat(Diagnostics);

    public static SweepConfiguration Find(string label) =>
        All.FirstOrDefault(c => c.Label == label)
        ?? throw new ArgumentException($"Unknown configuration '{label}'. Known: {string.Join(", ", All.Select(c => c.Label))}.");
}

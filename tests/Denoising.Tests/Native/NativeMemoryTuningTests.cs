using Denoising.Native;
using TorchSharp;

namespace Denoising.Tests.Native;

/// <summary>Reads process-wide malloc totals, so it runs alone: other tests' allocations would blur the figures.</summary>
[CollectionDefinition(nameof(NativeMemoryTuningTests), DisableParallelization = true)]
public sealed class NativeMemoryCollection;

[Collection(nameof(NativeMemoryTuningTests))]
public sealed class NativeMemoryTuningTests
{
    [Theory]
    [InlineData(null, NativeMemoryPolicy.LargeHeap)]
    [InlineData("", NativeMemoryPolicy.LargeHeap)]
    [InlineData("glibcdefaults", NativeMemoryPolicy.GlibcDefaults)]
    [InlineData(" Mmap ", NativeMemoryPolicy.Mmap)]
    public void The_environment_overrides_the_requested_policy(string? environmentValue, NativeMemoryPolicy expected) =>
        Assert.Equal(expected, NativeMemoryTuning.Resolve(NativeMemoryPolicy.LargeHeap, environmentValue));

    [Theory]
    [InlineData("jemalloc")]
    [InlineData("7")]
    public void An_unknown_policy_name_is_reported(string environmentValue)
    {
        var error = Assert.Throws<ArgumentException>(() => NativeMemoryTuning.Resolve(NativeMemoryPolicy.Mmap, environmentValue));

        Assert.Contains(NativeMemoryTuning.PolicyVariable, error.Message);
        Assert.Contains($"'{environmentValue}'", error.Message);
    }

    [Fact]
    public void The_default_policy_keeps_large_tensors_in_the_heap()
    {
        // MALLOC_* variables or DENOISING_MEMORY_POLICY make TorchRuntime leave malloc alone; nothing to check then.
        if (new[] { "MALLOC_MMAP_THRESHOLD_", "GLIBC_TUNABLES", NativeMemoryTuning.PolicyVariable }.Any(v => Environment.GetEnvironmentVariable(v) is not null))
            return;
        TorchRuntime.EnsureLoaded();
        if (HeapFragmentationGuard.HasSwitched)
            return; // an earlier test in this process fragmented the heap enough to switch to mmap, as designed
        var before = GlibcMalloc.Totals()!;

        // glibc's own default would mmap a 16 MiB block (its threshold starts at 128 KiB); the adaptive policy keeps it.
        using var tensor = torch.zeros(4 * 1024 * 1024);
        var during = GlibcMalloc.Totals()!;

        Assert.True(during.InUseBytes - before.InUseBytes >= 15L * 1024 * 1024, $"heap in-use grew by {during.InUseBytes - before.InUseBytes} bytes");
        Assert.True(during.MmappedBytes - before.MmappedBytes < 16L * 1024 * 1024, $"mmapped bytes grew by {during.MmappedBytes - before.MmappedBytes}");
    }

    [Fact]
    public void The_heap_counts_as_fragmented_only_past_the_free_budget()
    {
        const long MiB = 1024 * 1024;
        MallocTotals Heap(long freeMiB) => new(HeapBytes: (56 + freeMiB) * MiB, InUseBytes: 56 * MiB, FreeBytes: freeMiB * MiB, FreeChunks: 100, MmappedBytes: 0, MmappedChunks: 0);

        Assert.False(HeapFragmentationGuard.IsFragmented(Heap(200)));
        Assert.False(HeapFragmentationGuard.IsFragmented(Heap(512)));
        Assert.True(HeapFragmentationGuard.IsFragmented(Heap(513)));
    }
}

namespace Denoising.Native;

/// <summary>
/// How TorchRuntime tunes glibc malloc, which holds every libtorch CPU tensor. Measured with
/// benchmarks/Denoising.Benchmarks (figures in benchmarks/README.md).
/// </summary>
public enum NativeMemoryPolicy
{
    /// <summary>
    /// Start with <see cref="LargeHeap"/> (fast: tensor memory is reused without page faults) and switch to
    /// <see cref="Mmap"/> for the rest of the process once the heap holds more than 512 MiB it cannot reuse.
    /// Flat memory and the fast path for both seed models. The default.
    /// </summary>
    Adaptive,

    /// <summary>
    /// <see cref="Mmap"/>, and ask libtorch to back tensors of 2 MiB and more with transparent huge pages (fewer page
    /// faults where the kernel allows THP on madvise).
    /// </summary>
    MmapWithHugePages,

    /// <summary>Allocate tensors of 64 KiB and more with mmap (flat memory; page faults cost time on large activations).</summary>
    Mmap,

    /// <summary>
    /// Keep blocks under 32 MiB in the heap and trim it only past 1 GiB: fast for large convolution activations, but the
    /// heap of the dense autoencoder grows without bound (seen with glibc 2.36).
    /// </summary>
    LargeHeap,

    /// <summary>Leave glibc malloc as it is, or as MALLOC_* environment variables set it.</summary>
    GlibcDefaults,
}

using System.Runtime.InteropServices;
using Microsoft.Extensions.Logging;

namespace Denoising.Native;

/// <summary>
/// Applies a <see cref="NativeMemoryPolicy"/> before libtorch allocates anything.
/// Why (measured with benchmarks/Denoising.Benchmarks, see its README): with tensors kept in glibc's heap, the dense
/// seed model's heap grew ~15 MB per step while glibc counted a flat 56 MB in use: memory freed but never reused
/// (not a leak, not per-thread arenas, not undisposed tensors). The likely cause is glibc before 2.38 serving
/// libtorch's posix_memalign(64) requests only from blocks larger than the hole a freed tensor leaves. Blocks served
/// by mmap leave no holes but cost page faults on every allocation, which the convolutional model's large activations
/// feel (2.8x slower); hence the adaptive default.
/// </summary>
internal static partial class NativeMemoryTuning
{
    public const string PolicyVariable = "DENOISING_MEMORY_POLICY";
    public const int MmapThresholdBytes = 64 * 1024;
    public const int LargeHeapMmapThresholdBytes = 32 * 1024 * 1024;
    public const int LargeHeapTrimThresholdBytes = 1024 * 1024 * 1024;
    public const int DefaultTrimThresholdBytes = 128 * 1024;

    /// <summary>libtorch (c10 alloc_cpu) reads this once, at its first allocation.</summary>
    private const string LibTorchHugePagesVariable = "THP_MEM_ALLOC_ENABLE";

    private static readonly string[] GlibcMallocVariables =
        ["MALLOC_MMAP_THRESHOLD_", "MALLOC_TRIM_THRESHOLD_", "MALLOC_TOP_PAD_", "MALLOC_MMAP_MAX_", "MALLOC_ARENA_MAX"];

    /// <summary>The policy from DENOISING_MEMORY_POLICY when set, else <paramref name="requested"/>.</summary>
    public static NativeMemoryPolicy Resolve(NativeMemoryPolicy requested) =>
        Resolve(requested, Environment.GetEnvironmentVariable(PolicyVariable));

    public static NativeMemoryPolicy Resolve(NativeMemoryPolicy requested, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return requested;
        return Enum.TryParse<NativeMemoryPolicy>(text.Trim(), ignoreCase: true, out var policy) && Enum.IsDefined(policy)
            ? policy
            : throw new ArgumentException(
                $"Environment variable {PolicyVariable}='{text}' is not a memory policy; expected one of {string.Join(", ", Enum.GetNames<NativeMemoryPolicy>())}.");
    }

    public static void Apply(NativeMemoryPolicy policy, ILogger logger)
    {
        if (policy == NativeMemoryPolicy.GlibcDefaults)
            return;
        if (NativeAllocator.Current == NativeAllocator.Jemalloc)
        {
            logger.LogDebug("Memory policy {Policy} not applied: jemalloc serves malloc", policy);
            return;
        }
        if (!GlibcMalloc.IsAvailable)
        {
            logger.LogDebug("Memory policy {Policy} not applied: the C library is not glibc", policy);
            return;
        }
        var userSettings = GlibcMallocVariables.Where(v => Environment.GetEnvironmentVariable(v) is not null).ToList();
        if (userSettings.Count > 0 || Environment.GetEnvironmentVariable("GLIBC_TUNABLES")?.Contains("malloc", StringComparison.Ordinal) == true)
        {
            logger.LogInformation("Memory policy {Policy} not applied: malloc is tuned by the environment ({Variables})",
                policy, string.Join(", ", userSettings.DefaultIfEmpty("GLIBC_TUNABLES")));
            return;
        }

        var applied = policy switch
        {
            NativeMemoryPolicy.Adaptive => ApplyLargeHeap() && StartGuard(logger),
            NativeMemoryPolicy.MmapWithHugePages =>
                GlibcMalloc.Set(GlibcMalloc.MmapThreshold, MmapThresholdBytes) && EnableLibTorchHugePages(),
            NativeMemoryPolicy.Mmap => GlibcMalloc.Set(GlibcMalloc.MmapThreshold, MmapThresholdBytes),
            NativeMemoryPolicy.LargeHeap => ApplyLargeHeap(),
            _ => throw new ArgumentOutOfRangeException(nameof(policy), policy, "Unknown memory policy."),
        };
        if (applied)
            logger.LogDebug("Memory policy {Policy} applied", policy);
        else
            logger.LogWarning("Memory policy {Policy} was only partly applied: glibc refused a setting", policy);
    }

    private static bool ApplyLargeHeap() =>
        GlibcMalloc.Set(GlibcMalloc.MmapThreshold, LargeHeapMmapThresholdBytes)
        && GlibcMalloc.Set(GlibcMalloc.TrimThreshold, LargeHeapTrimThresholdBytes);

    private static bool StartGuard(ILogger logger)
    {
        HeapFragmentationGuard.Start(logger);
        return true;
    }

    /// <summary>Sets the variable in the native environment (not only .NET's copy), unless the user set it.</summary>
    private static bool EnableLibTorchHugePages() => setenv(LibTorchHugePagesVariable, "1", overwrite: 0) == 0;

    [LibraryImport("libc.so.6", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int setenv(string name, string value, int overwrite);
}

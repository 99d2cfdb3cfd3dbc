using Microsoft.Extensions.Logging;

namespace Denoising.Native;

/// <summary>
/// Watches glibc's heap while the <see cref="NativeMemoryPolicy.Adaptive"/> policy keeps tensors in it. Once the heap
/// holds more free memory than <see cref="FreeBytesBudget"/> (memory it cannot reuse, see
/// <see cref="NativeMemoryTuning"/>), it moves blocks of 64 KiB and more to mmap for the rest of the process and
/// returns the stranded memory to the kernel. A model whose heap stays compact keeps the fast heap.
/// </summary>
internal static class HeapFragmentationGuard
{
    /// <summary>The convolutional seed model settles at ~200 MiB free; the dense one passes 512 MiB in ~40 steps.</summary>
    public const long FreeBytesBudget = 512L * 1024 * 1024;

    // The dense seed model strands ~13 MB per step at ~60 steps per second: check often to switch near the budget.
    private static readonly TimeSpan CheckInterval = TimeSpan.FromMilliseconds(200);

    /// <summary>After the switch, small blocks slowly re-touch the released holes; trimming now and then returns them.</summary>
    private static readonly TimeSpan TrimInterval = TimeSpan.FromSeconds(2);

    private static readonly Lock Gate = new();
    private static Timer? _timer;
    private static bool _switched;

    public static void Start(ILogger logger)
    {
        lock (Gate)
            _timer ??= new Timer(_ => Tick(logger), null, CheckInterval, CheckInterval);
    }

    /// <summary>Whether this process already moved large blocks to mmap.</summary>
    public static bool HasSwitched
    {
        get
        {
            lock (Gate)
                return _switched;
        }
    }

    /// <summary>True when the heap's free memory passes the budget.</summary>
    public static bool IsFragmented(MallocTotals totals, long budget = FreeBytesBudget) => totals.FreeBytes > budget;

    private static void Tick(ILogger logger)
    {
        lock (Gate)
        {
            if (_switched)
            {
                GlibcMalloc.Trim();
                return;
            }
            if (GlibcMalloc.Totals() is not { } totals || !IsFragmented(totals))
                return;
            _switched = true;
            GlibcMalloc.Set(GlibcMalloc.MmapThreshold, NativeMemoryTuning.MmapThresholdBytes);
            GlibcMalloc.Set(GlibcMalloc.TrimThreshold, NativeMemoryTuning.DefaultTrimThresholdBytes);
            GlibcMalloc.Trim();
            _timer?.Change(TrimInterval, TrimInterval);
            logger.LogInformation(
                "The native heap held {Free} MiB it could not reuse (in use {InUse} MiB); tensors of 64 KiB and more now use mmap",
                totals.FreeBytes >> 20, totals.InUseBytes >> 20);
        }
    }
}

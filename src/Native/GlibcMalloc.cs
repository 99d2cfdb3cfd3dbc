using System.Runtime.InteropServices;

namespace Denoising.Native;

/// <summary>Heap totals from glibc: heap size (sbrk and arena heaps), what of it is in use or free, and mmapped blocks.</summary>
internal sealed record MallocTotals(long HeapBytes, long InUseBytes, long FreeBytes, long FreeChunks, long MmappedBytes, long MmappedChunks);

/// <summary>glibc malloc tuning calls (mallopt, malloc_trim); no-ops where the C library is not glibc.</summary>
internal static partial class GlibcMalloc
{
    private const string LibC = "libc.so.6";

    // mallopt parameter numbers from glibc's malloc.h.
    public const int TrimThreshold = -1;
    public const int MmapThreshold = -3;

    private static readonly Lazy<bool> Available = new(() =>
        OperatingSystem.IsLinux() && NativeLibrary.TryLoad(LibC, out var libc) && NativeLibrary.TryGetExport(libc, "malloc_trim", out _));

    public static bool IsAvailable => Available.Value;

    /// <summary>Sets one mallopt parameter; false when glibc refuses it or is absent.</summary>
    public static bool Set(int parameter, int value) => IsAvailable && mallopt(parameter, value) == 1;

    /// <summary>glibc's totals over all arenas (mallinfo2); null where glibc is absent.</summary>
    public static MallocTotals? Totals()
    {
        if (!IsAvailable)
            return null;
        var info = mallinfo2();
        return new MallocTotals((long)info.Arena, (long)info.InUseBytes, (long)info.FreeBytes, (long)info.FreeChunks, (long)info.MmappedBytes, (long)info.MmappedChunks);
    }

    /// <summary>Returns free memory of every arena to the kernel, including free pages inside the heap.</summary>
    public static bool Trim() => IsAvailable && malloc_trim(0) == 1;

    [LibraryImport(LibC)]
    private static partial int mallopt(int parameter, int value);

    [LibraryImport(LibC)]
    private static partial int malloc_trim(nuint pad);

    [LibraryImport(LibC)]
    private static partial MallInfo2 mallinfo2();

    /// <summary>struct mallinfo2 (glibc 2.33+), all size_t.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct MallInfo2
    {
        public nuint Arena, FreeChunks, FastChunks, MmappedChunks, MmappedBytes, Unused, FastFreeBytes, InUseBytes, FreeBytes, TopReleasable;
    }
}

using System.Runtime.InteropServices;
using Denoising.Native;

namespace Denoising.Benchmarks;

/// <summary>glibc's own view of its heap, to tell live memory from memory it holds free.</summary>
internal static partial class MallocDiagnostics
{
    public static string Summary()
    {
        if (GlibcMalloc.Totals() is not { } totals)
            return "no glibc heap figures";
        const double MiB = 1024 * 1024;
        return $"heap {totals.HeapBytes / MiB:F0} MiB (in use {totals.InUseBytes / MiB:F0}, free {totals.FreeBytes / MiB:F0} in {totals.FreeChunks} chunks), " +
               $"mmapped {totals.MmappedBytes / MiB:F0} MiB in {totals.MmappedChunks} chunks";
    }

    /// <summary>Writes glibc's per-arena XML report (free-chunk size histogram) to a file.</summary>
    public static void WriteMallocInfo(string path)
    {
        var file = fopen(path, "w");
        if (file == IntPtr.Zero)
            throw new IOException($"Cannot open '{path}' for writing.");
        malloc_info(0, file);
        fclose(file);
    }

    [LibraryImport("libc.so.6", StringMarshalling = StringMarshalling.Utf8)]
    private static partial IntPtr fopen(string path, string mode);

    [LibraryImport("libc.so.6")]
    private static partial int malloc_info(int options, IntPtr file);

    [LibraryImport("libc.so.6")]
    private static partial int fclose(IntPtr file);
}

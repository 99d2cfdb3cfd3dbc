using System.Runtime.InteropServices;

namespace Denoising.Common;

/// <summary>
/// The canonical form of a path with every symbolic link resolved (realpath(3)): what decides whether two names are
/// one file, or whether a name leads out of a folder. .NET resolves one link at a time and not the folders above it.
/// </summary>
internal static class RealPaths
{
    /// <summary>The resolved path, or null when some part does not exist (a broken link).</summary>
    public static string? Of(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            var full = Path.GetFullPath(path);
            return File.Exists(full) || Directory.Exists(full) ? full : null;
        }
        var resolved = realpath(path, IntPtr.Zero);
        if (resolved == IntPtr.Zero)
            return null;
        try
        {
            return Marshal.PtrToStringUTF8(resolved);
        }
        finally
        {
            free(resolved);
        }
    }

    /// <summary>Whether resolved <paramref name="path"/> is <paramref name="folder"/> or lies below it (both resolved).</summary>
    public static bool IsWithin(string path, string folder) =>
        path == folder || path.StartsWith(folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    [DllImport("libc", SetLastError = true)]
    private static extern IntPtr realpath([MarshalAs(UnmanagedType.LPUTF8Str)] string path, IntPtr resolved);

    [DllImport("libc")]
    private static extern void free(IntPtr pointer);
}

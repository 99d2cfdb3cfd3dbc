using System.Runtime.InteropServices;
using System.Text;

namespace Denoising.Common;

/// <summary>
/// The canonical form of a path with every symbolic link resolved (realpath(3)): what decides whether two names are
/// one file, or whether a name leads out of a folder. .NET resolves one link at a time and not the folders above it.
/// </summary>
internal static class RealPaths
{
    private const int PathMax = 4096;

    /// <summary>The resolved path, or null when some part does not exist (a broken link).</summary>
    public static string? Of(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            var full = Path.GetFullPath(path);
            return File.Exists(full) || Directory.Exists(full) ? full : null;
        }
        // A buffer of our own (PATH_MAX, what realpath(3) writes at most) rather than one realpath allocates: freeing
        // that through a P/Invoke of libc's free would bypass an allocator preloaded in its place (jemalloc, mimalloc)
        // and abort the process ("free(): invalid pointer").
        var buffer = new byte[PathMax];
        if (realpath(path, buffer) == IntPtr.Zero)
            return null;
        return Encoding.UTF8.GetString(buffer, 0, Array.IndexOf(buffer, (byte)0));
    }

    /// <summary>Whether resolved <paramref name="path"/> is <paramref name="folder"/> or lies below it (both resolved).</summary>
    public static bool IsWithin(string path, string folder) =>
        path == folder || path.StartsWith(folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    [DllImport("libc", SetLastError = true)]
    private static extern IntPtr realpath([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [Out] byte[] resolved);

}

using System.Text;

namespace Denoising.Common;

/// <summary>
/// Writes files so that readers never see them half-written: the content goes to <c>NAME.partial-GUID</c> in the
/// target's folder (created exclusively, so a planted file or link there is never written through), is flushed to
/// disk, and then replaces the target in one rename. If writing fails the target keeps its previous content (or stays
/// absent) and the temporary file is removed; a crash can leave one behind, which <see cref="RemoveStale"/> deletes.
/// </summary>
/// <remarks>
/// One implementation for every writer in the process (run outputs, checkpoints, the native-library cache): a linked
/// source file (src/Common), as dotnet/runtime shares helpers between assemblies.
/// </remarks>
internal static class AtomicFile
{
    /// <summary>Marks unfinished files; they are never read.</summary>
    public const string TemporaryMarker = ".partial-";

    /// <param name="path">The target file; its folder is created when missing.</param>
    /// <param name="writeContent">Writes the whole content to the stream.</param>
    /// <param name="unixMode">Permissions of the new file on Unix (default: 0666 less the umask).</param>
    public static void Write(string path, Action<Stream> writeContent, UnixFileMode? unixMode = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(writeContent);
        var target = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(target)
                        ?? throw new ArgumentException($"'{path}' has no parent directory.", nameof(path));
        Directory.CreateDirectory(directory);
        var temporary = target + TemporaryMarker + Guid.NewGuid().ToString("N");
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (unixMode is { } mode && !OperatingSystem.IsWindows())
            options.UnixCreateMode = mode;
        try
        {
            using (var stream = new FileStream(temporary, options))
            {
                writeContent(stream);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temporary, target, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    /// <summary>Writes a binary file through a <see cref="BinaryWriter"/>.</summary>
    public static void Write(string path, Action<BinaryWriter> writeContent) =>
        Write(path, stream =>
        {
            using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
            writeContent(writer);
            writer.Flush();
        });

    /// <summary>Writes text as UTF-8 without a byte order mark.</summary>
    public static void WriteAllText(string path, string contents) =>
        Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true);
            writer.Write(contents);
        });

    public static void WriteAllBytes(string path, byte[] contents, UnixFileMode? unixMode = null) =>
        Write(path, stream => stream.Write(contents), unixMode);

    /// <summary>Whether <paramref name="path"/> names an unfinished write of this class.</summary>
    public static bool IsTemporary(string path) => Path.GetFileName(path).Contains(TemporaryMarker, StringComparison.Ordinal);

    /// <summary>
    /// Deletes the unfinished writes that a crash left in <paramref name="directory"/> (and its subfolders when
    /// <paramref name="recursive"/>); links are not followed. Call it only while no other writer uses the folder.
    /// </summary>
    /// <returns>How many files were deleted.</returns>
    public static int RemoveStale(string directory, bool recursive)
    {
        if (!Directory.Exists(directory))
            return 0;
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = recursive,
            AttributesToSkip = FileAttributes.ReparsePoint,
            IgnoreInaccessible = true,
        };
        var removed = 0;
        foreach (var path in Directory.EnumerateFiles(directory, "*" + TemporaryMarker + "*", options))
        {
            File.Delete(path);
            removed++;
        }
        return removed;
    }
}

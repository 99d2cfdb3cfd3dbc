namespace Denoising.Torch.Persistence;

/// <summary>Writes a file under a temporary name and renames it, so readers see it complete or not at all.</summary>
internal static class AtomicFile
{
    /// <summary>Marks unfinished files; they are never read and are removed on the next training start.</summary>
    public const string TemporaryMarker = ".partial-";

    public static void Write(string path, Action<BinaryWriter> write)
    {
        var fullPath = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        var temporary = fullPath + TemporaryMarker + Guid.NewGuid().ToString("N");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            using (var writer = new BinaryWriter(stream))
            {
                write(writer);
                writer.Flush();
                stream.Flush(flushToDisk: true);
            }
            File.Move(temporary, fullPath, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }
}

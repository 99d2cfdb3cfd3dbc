using System.Text.Json;

namespace Denoising.Host.Output;

/// <summary>
/// Reads files that another process, perhaps another user's, may have written: the points of a sweep folder on
/// shared storage, a run folder being resumed. The size is checked before anything is read, the file must be a
/// regular file (not a link, a device or a FIFO), and every error names the file (docs/security.md).
/// </summary>
public static class UntrustedFile
{
    /// <summary>Larger than any run.json, sweep.json or metrics.json the framework writes (a sweep of 100,000 points
    /// or 100,000 images' metrics stays under it).</summary>
    public const long MaxJsonBytes = 64L * 1024 * 1024;

    /// <exception cref="InvalidDataException">The file is too large, not a regular file, or not valid JSON for <typeparamref name="T"/>.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static T ReadJson<T>(string path, JsonSerializerOptions options, long maxBytes = MaxJsonBytes)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
            throw new FileNotFoundException($"'{path}' does not exist.", path);
        if (info.LinkTarget is not null)
            throw new InvalidDataException($"'{path}' is a link; it is not followed.");
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        if (!stream.CanSeek)
            throw new InvalidDataException($"'{path}' is not a regular file.");
        if (stream.Length > maxBytes)
            throw new InvalidDataException($"'{path}' has {stream.Length} bytes, more than the {maxBytes} allowed.");
        try
        {
            return JsonSerializer.Deserialize<T>(stream, options)
                   ?? throw new InvalidDataException($"'{path}' holds null, not a {typeof(T).Name}.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"'{path}' is not a valid {typeof(T).Name}: {e.Message}", e);
        }
    }
}

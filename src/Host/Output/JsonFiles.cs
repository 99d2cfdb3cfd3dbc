using System.Text.Json;
using System.Text.Json.Serialization;

namespace Denoising.Host.Output;

/// <summary>
/// The one convention of every JSON file the host writes (run.json, metrics.json, sweep.json, point.json):
/// snake_case names like the YAML they come from, indented; NaN and infinities as "NaN", "Infinity", "-Infinity".
/// </summary>
public static class JsonFiles
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.General)
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        // Earlier versions wrote run.json camelCase: its one-word names (state, error, steps...), which sweep resume
        // and the report read, still match.
        PropertyNameCaseInsensitive = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static void Write<T>(string path, T value) =>
        AtomicFile.Write(path, stream => JsonSerializer.Serialize(stream, value, Options));

    /// <summary>Larger than any file the framework writes (a sweep of 100,000 points, or 100,000 images' metrics,
    /// stays under it); checked before anything is read.</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    /// <summary>
    /// Reads a file that another process, perhaps another user's, may have written (the points of a sweep folder on
    /// shared storage, a run folder being resumed): it must be a regular file, not a link, of at most
    /// <paramref name="maxBytes"/>, and every error names it (docs/security.md).
    /// </summary>
    /// <exception cref="InvalidDataException">Too large, not a regular file, or not JSON of <typeparamref name="T"/>.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static T Read<T>(string path, long maxBytes = MaxBytes)
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
            return JsonSerializer.Deserialize<T>(stream, Options)
                   ?? throw new InvalidDataException($"'{path}' holds null, not a {typeof(T).Name}.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"'{path}' is not a valid {typeof(T).Name}: {e.Message}", e);
        }
    }
}

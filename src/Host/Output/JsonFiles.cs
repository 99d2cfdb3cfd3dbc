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

    /// <exception cref="JsonException">The file is not JSON of <typeparamref name="T"/>.</exception>
    public static T Read<T>(string path)
    {
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<T>(stream, Options) ?? throw new InvalidDataException($"'{path}' holds no {typeof(T).Name}.");
    }
}

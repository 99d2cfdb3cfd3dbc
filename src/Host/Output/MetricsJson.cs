using System.Text.Json;
using System.Text.Json.Serialization;

namespace Denoising.Host.Output;

/// <summary>
/// Metric rows as indented JSON: {"means": [{"step","input","metric","value"}...],
/// "per_image": [{"step","input","image","metric","value"}...]}. NaN and infinities, should a metric give them,
/// are written as the strings "NaN", "Infinity", "-Infinity".
/// </summary>
public static class MetricsJson
{
    public static readonly JsonSerializerOptions SerializerOptions = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static void Write(string path, IReadOnlyList<MetricRow> means, IReadOnlyList<ImageMetricRow> perImage) =>
        AtomicFile.Write(path, stream => JsonSerializer.Serialize(stream, new MetricsDocument(means, perImage), SerializerOptions));

    /// <summary>Reads a file written by <see cref="Write"/>.</summary>
    public static MetricsDocument Read(string path) => UntrustedFile.ReadJson<MetricsDocument>(path, SerializerOptions);
}

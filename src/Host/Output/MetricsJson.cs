namespace Denoising.Host.Output;

/// <summary>
/// Metric rows as <see cref="JsonFiles"/> JSON: {"means": [{"step","input","metric","value"}...],
/// "per_image": [{"step","input","image","metric","value"}...]}.
/// </summary>
public static class MetricsJson
{
    public static void Write(string path, IReadOnlyList<MetricRow> means, IReadOnlyList<ImageMetricRow> perImage) =>
        JsonFiles.Write(path, new MetricsDocument(means, perImage));

    /// <summary>Reads a file written by <see cref="Write"/>.</summary>
    public static MetricsDocument Read(string path) => JsonFiles.Read<MetricsDocument>(path);
}

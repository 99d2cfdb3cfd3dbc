using Denoising.Host.Evaluation;

namespace Denoising.Host.Output;

/// <summary>
/// The metric rows of a run, gathered step by step and written as metrics.csv (means),
/// metrics_per_image.csv and metrics.json (both).
/// </summary>
public sealed class MetricsReport
{
    public const string MeansCsvFileName = "metrics.csv";
    public const string PerImageCsvFileName = "metrics_per_image.csv";
    public const string JsonFileName = "metrics.json";

    private readonly List<MetricRow> _means = [];
    private readonly List<ImageMetricRow> _perImage = [];

    public IReadOnlyList<MetricRow> Means => _means;

    public IReadOnlyList<ImageMetricRow> PerImage => _perImage;

    /// <summary>Adds every mean and per-image value of an evaluation under the given step.</summary>
    public void Add(string step, EvaluationResult result)
    {
        ArgumentException.ThrowIfNullOrEmpty(step);
        ArgumentNullException.ThrowIfNull(result);
        _means.AddRange(result.Means.Select(mean => new MetricRow(step, mean.Input, mean.Metric, mean.Mean)));
        _perImage.AddRange(result.PerImage.Select(value =>
            new ImageMetricRow(step, value.Input, value.ImageId, value.Metric, value.Value)));
    }

    public void Add(MetricRow row) => _means.Add(row);

    public void Add(ImageMetricRow row) => _perImage.Add(row);

    /// <summary>Writes (or replaces) the three files in <paramref name="directory"/>, each atomically.</summary>
    public void WriteTo(string directory)
    {
        MetricsCsv.WriteMeans(Path.Combine(directory, MeansCsvFileName), _means);
        MetricsCsv.WritePerImage(Path.Combine(directory, PerImageCsvFileName), _perImage);
        MetricsJson.Write(Path.Combine(directory, JsonFileName), _means, _perImage);
    }
}

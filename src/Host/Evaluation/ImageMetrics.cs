namespace Denoising.Host.Evaluation;

/// <summary>The built-in metrics by name: mse, psnr, ssim.</summary>
public static class ImageMetrics
{
    private static readonly IReadOnlyDictionary<string, IImageMetric> ByName =
        new IImageMetric[] { new MeanSquaredError(), new PeakSignalToNoiseRatio(), new StructuralSimilarity() }
            .ToDictionary(metric => metric.Name, StringComparer.Ordinal);

    public static IReadOnlyCollection<string> Names => ByName.Keys.ToArray();

    /// <summary>The metric called <paramref name="name"/> (lower case, as written in configs).</summary>
    public static IImageMetric Get(string name) =>
        ByName.TryGetValue(name, out var metric)
            ? metric
            : throw new ArgumentException(
                $"Unknown metric '{name}'; expected one of: {string.Join(", ", ByName.Keys)}.", nameof(name));

    /// <summary>The metrics for the given names, in that order; duplicates are an error.</summary>
    public static IReadOnlyList<IImageMetric> Get(IEnumerable<string> names)
    {
        var list = names.ToList();
        var duplicate = list.GroupBy(name => name, StringComparer.Ordinal).FirstOrDefault(group => group.Count() > 1);
        if (duplicate is not null)
            throw new ArgumentException($"Metric '{duplicate.Key}' is listed more than once.", nameof(names));
        return list.Select(Get).ToArray();
    }
}

using Denoising.Abstractions;

namespace Denoising.Host.Evaluation;

/// <summary>
/// Scores named input sets against a clean reference set, image by image (matched by Id), with a fixed list of
/// metrics. Every input must hold exactly the reference ids, each with the reference's shape.
/// </summary>
public sealed class ImageSetEvaluator
{
    private readonly IReadOnlyList<NamedMetric> _metrics;

    public ImageSetEvaluator(IReadOnlyList<NamedMetric> metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        if (metrics.Count == 0)
            throw new ArgumentException("At least one metric is needed.", nameof(metrics));
        RequireDistinctNames(metrics.Select(metric => metric.Name), "Metric", nameof(metrics));
        _metrics = metrics;
    }

    public EvaluationResult Evaluate(
        IReadOnlyList<Image> reference, IReadOnlyList<NamedImageSet> inputs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(inputs);
        if (reference.Count == 0)
            throw new ArgumentException("The reference set is empty.", nameof(reference));
        IndexById(reference, "the reference set");
        RequireDistinctNames(inputs.Select(input => input.Name), "Input", nameof(inputs));
        var candidates = inputs.Select(input => MatchToReference(reference, input)).ToArray();

        // values[input][metric][image], filled in parallel, read in a fixed order so results are deterministic.
        var values = inputs.Select(_ => _metrics.Select(_ => new double[reference.Count]).ToArray()).ToArray();
        Parallel.For(0, inputs.Count * reference.Count,
            new ParallelOptions { CancellationToken = cancellationToken },
            item =>
            {
                int input = item / reference.Count, image = item % reference.Count;
                for (var metric = 0; metric < _metrics.Count; metric++)
                    values[input][metric][image] = _metrics[metric].Metric.Compute(reference[image], candidates[input][image]);
            });

        var perImage = new List<ImageMetricValue>(inputs.Count * _metrics.Count * reference.Count);
        var means = new List<MetricMean>(inputs.Count * _metrics.Count);
        for (var input = 0; input < inputs.Count; input++)
        {
            for (var metric = 0; metric < _metrics.Count; metric++)
            {
                var series = values[input][metric];
                for (var image = 0; image < reference.Count; image++)
                    perImage.Add(new ImageMetricValue(inputs[input].Name, reference[image].Id, _metrics[metric].Name, series[image]));
                means.Add(new MetricMean(inputs[input].Name, _metrics[metric].Name, series.Average(), series.Length));
            }
        }
        return new EvaluationResult(perImage, means);
    }

    /// <summary>The input's images in reference order, after checking ids and shapes.</summary>
    private static Image[] MatchToReference(IReadOnlyList<Image> reference, NamedImageSet input)
    {
        var byId = IndexById(input.Images, $"input '{input.Name}'");
        var missing = reference.Where(image => !byId.ContainsKey(image.Id)).Select(image => image.Id).ToList();
        if (missing.Count > 0)
            throw new ArgumentException(
                $"Input '{input.Name}' lacks {missing.Count} image(s) of the reference set: {Sample(missing)}.");
        if (byId.Count != reference.Count)
        {
            var referenceIds = reference.Select(image => image.Id).ToHashSet(StringComparer.Ordinal);
            var extra = byId.Keys.Where(id => !referenceIds.Contains(id)).ToList();
            throw new ArgumentException(
                $"Input '{input.Name}' has {extra.Count} image(s) that are not in the reference set: {Sample(extra)}.");
        }

        return reference.Select(clean =>
        {
            var candidate = byId[clean.Id];
            return candidate.SameShapeAs(clean)
                ? candidate
                : throw new ArgumentException(
                    $"Input '{input.Name}': image {candidate} does not have the shape of its reference {clean}.");
        }).ToArray();
    }

    private static Dictionary<string, Image> IndexById(IReadOnlyList<Image> images, string setName)
    {
        var byId = new Dictionary<string, Image>(images.Count, StringComparer.Ordinal);
        foreach (var image in images)
        {
            if (!byId.TryAdd(image.Id, image))
                throw new ArgumentException($"Image id '{image.Id}' occurs more than once in {setName}.");
        }
        return byId;
    }

    private static void RequireDistinctNames(IEnumerable<string> names, string what, string parameter)
    {
        var duplicate = names.GroupBy(name => name, StringComparer.Ordinal).FirstOrDefault(group => group.Count() > 1);
        if (duplicate is not null)
            throw new ArgumentException($"{what} name '{duplicate.Key}' is used more than once.", parameter);
    }

    private static string Sample(IReadOnlyList<string> ids) =>
        string.Join(", ", ids.Take(5).Select(id => $"'{id}'")) + (ids.Count > 5 ? ", ..." : "");
}

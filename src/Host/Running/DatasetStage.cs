using System.Diagnostics;
using Denoising.Abstractions;
using Denoising.Host.Experiments;
using Denoising.Host.Running.Caching;
using Microsoft.Extensions.Logging;

namespace Denoising.Host.Running;

/// <summary>
/// Creates the experiment's datasets, opens them and publishes NAME, NAME.train and NAME.test: split by ids, with no
/// pixels read (each image is read when a step needs it). With a <see cref="DecodedDatasetCache"/> (the runs of a
/// sweep) every image is read at once, from the cache when an earlier run wrote it there.
/// </summary>
public sealed class DatasetStage(Experiment experiment, DecodedDatasetCache? cache, ILogger<DatasetStage> logger)
{
    private readonly Dictionary<string, IDataset> _datasets = new(StringComparer.Ordinal);

    public void Prepare(RunComponents components)
    {
        foreach (var (name, definition) in experiment.Options.Datasets)
            _datasets[name] = components.Create(definition.Source!);
    }

    public void Load(RunState state, CancellationToken cancellationToken)
    {
        foreach (var (name, dataset) in _datasets)
        {
            var definition = experiment.Options.Datasets[name];
            var clock = Stopwatch.StartNew();
            var source = cache is not null && DatasetFingerprint.Of(definition.Source!, dataset, experiment.BaseDirectory) is { } fingerprint
                ? Cached(name, fingerprint, () => Open(name, definition, dataset, cancellationToken), cancellationToken)
                : Open(name, definition, dataset, cancellationToken);
            if (source.Count == 0)
                throw new InvalidOperationException($"dataset {name} ({definition.Source!.Type}) has no images");
            var seed = definition.SplitSeed ?? experiment.Options.Seed;
            var ids = Enumerable.Range(0, source.Count).Select(source.IdAt).ToList();
            var (train, test) = DatasetSplitter.SplitIndices(ids, definition.TestFraction, seed, definition.SplitBy);
            state.Publish(name, new ImageSet(new SourceImages(source, Enumerable.Range(0, source.Count).ToArray())));
            state.Publish($"{name}.train", new ImageSet(new SourceImages(source, train)));
            state.Publish($"{name}.test", new ImageSet(new SourceImages(source, test)));
            logger.LogInformation("Dataset {Name}: {Count} images ({Train} train, {Test} test) in {Seconds:F1} s",
                name, source.Count, train.Length, test.Length, clock.Elapsed.TotalSeconds);
        }
    }

    private IImageSource Cached(string name, DatasetFingerprint fingerprint, Func<IImageSource> open, CancellationToken cancellationToken)
    {
        try
        {
            return cache!.GetOrBuild(name, fingerprint, open, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            logger.LogWarning("Dataset {Name}: the dataset cache in {Directory} cannot be used ({Message}); reading the dataset uncached", name, cache!.Directory, e.Message);
            return open();
        }
    }

    private static IImageSource Open(string name, Experiments.Definitions.DatasetDefinition definition, IDataset dataset, CancellationToken cancellationToken)
    {
        try
        {
            return dataset.Open(cancellationToken);
        }
        catch (OutOfMemoryException)
        {
            // One large allocation failed (a dataset that loads everything at once); the process can still say which.
            throw new InvalidOperationException(
                $"dataset {name} ({definition.Source!.Type}) does not fit in memory: load fewer images (limit), smaller ones (resize), or use a machine with more memory");
        }
    }
}

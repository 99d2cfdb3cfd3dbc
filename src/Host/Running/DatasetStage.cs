using System.Diagnostics;
using Denoising.Abstractions;
using Denoising.Host.Experiments;
using Microsoft.Extensions.Logging;

namespace Denoising.Host.Running;

/// <summary>
/// Creates the experiment's datasets, opens them and publishes NAME, NAME.train and NAME.test: split by ids, with no
/// pixels read (each image is read when a step needs it).
/// </summary>
public sealed class DatasetStage(Experiment experiment, ILogger<DatasetStage> logger)
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
            IImageSource source;
            try
            {
                source = dataset.Open(cancellationToken);
            }
            catch (OutOfMemoryException)
            {
                // One large allocation failed (a dataset that loads everything at once); the process can still say which.
                throw new InvalidOperationException(
                    $"dataset {name} ({definition.Source!.Type}) does not fit in memory: load fewer images (limit), smaller ones (resize), or use a machine with more memory");
            }
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
}

using System.Diagnostics;
using Denoising.Abstractions;
using Denoising.Host.Experiments;
using Microsoft.Extensions.Logging;

namespace Denoising.Host.Running;

/// <summary>Creates the experiment's datasets, loads them and publishes NAME, NAME.train and NAME.test.</summary>
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
            IReadOnlyList<Image> images;
            try
            {
                images = dataset.Load(cancellationToken);
            }
            catch (OutOfMemoryException)
            {
                // One large allocation failed (the images as floats); the process can still say which dataset it was.
                throw new InvalidOperationException(
                    $"dataset {name} ({definition.Source!.Type}) does not fit in memory: load fewer images (limit), smaller ones (resize), or use a machine with more memory");
            }
            if (images.Count == 0)
                throw new InvalidOperationException($"dataset {name} ({definition.Source!.Type}) has no images");
            var seed = definition.SplitSeed ?? experiment.Options.Seed;
            var (train, test) = DatasetSplitter.Split(images, definition.TestFraction, seed, definition.SplitBy);
            state.Publish(name, new ImageSet(images));
            state.Publish($"{name}.train", new ImageSet(train));
            state.Publish($"{name}.test", new ImageSet(test));
            var first = images[0];
            logger.LogInformation("Dataset {Name}: {Count} images of {Channels}x{Height}x{Width} ({Train} train, {Test} test) in {Seconds:F1} s",
                name, images.Count, first.Channels, first.Height, first.Width, train.Count, test.Count, clock.Elapsed.TotalSeconds);
        }
    }
}

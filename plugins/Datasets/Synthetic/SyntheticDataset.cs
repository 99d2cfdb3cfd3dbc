using Denoising.Abstractions;
using Denoising.Plugins.Datasets.Imaging;
using Image = Denoising.Abstractions.Image;

namespace Denoising.Plugins.Datasets.Synthetic;

/// <summary>
/// Generated images of smooth gradients with a few overlapping shapes (see <see cref="SyntheticImageGenerator"/>).
/// Each image depends only on the seed and its index, so the set is the same whatever the thread count.
/// </summary>
public sealed class SyntheticDataset : IDataset
{
    private readonly SyntheticOptions _options;
    private readonly int _threads;

    public SyntheticDataset(SyntheticOptions options, ComponentContext context)
    {
        _options = options;
        _threads = ParallelImageLoader.ThreadCount(context.Runtime);
    }

    public IReadOnlyList<Image> Load(CancellationToken cancellationToken)
    {
        var images = new Image[_options.Count];
        var parallelOptions = new ParallelOptions
        {
            MaxDegreeOfParallelism = _threads,
            CancellationToken = cancellationToken,
        };
        Parallel.For(0, _options.Count, parallelOptions, index =>
        {
            var random = new Random(SyntheticImageGenerator.ImageSeed(_options.Seed, index));
            var pixels = SyntheticImageGenerator.Generate(_options.Channels, _options.Height, _options.Width, random);
            images[index] = new Image(
                SequentialIds.Format(index, _options.Count), _options.Channels, _options.Height, _options.Width, pixels);
        });
        return images;
    }
}

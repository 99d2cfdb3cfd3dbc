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
            images[index] = Generate(index);
        });
        return images;
    }

    /// <summary>Images generated when read, none kept: any count fits in memory.</summary>
    public IImageSource Open(CancellationToken cancellationToken) => new Generated(this);

    private Image Generate(int index)
    {
        var random = new Random(SyntheticImageGenerator.ImageSeed(_options.Seed, index));
        var pixels = SyntheticImageGenerator.Generate(_options.Channels, _options.Height, _options.Width, random);
        return new Image(Id(index), _options.Channels, _options.Height, _options.Width, pixels);
    }

    private string Id(int index) => SequentialIds.Format(index, _options.Count);

    private sealed class Generated(SyntheticDataset dataset) : IImageSource
    {
        public int Count => dataset._options.Count;

        public string IdAt(int index) => dataset.Id(index);

        public Image Read(int index, CancellationToken cancellationToken)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            return dataset.Generate(index);
        }
    }
}

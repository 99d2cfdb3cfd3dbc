using Denoising.Abstractions;
using Denoising.Host.Experiments;
using Denoising.Host.Experiments.Definitions;

namespace Denoising.Host.Running.Patches;

/// <summary>
/// The patches of a train step: each epoch walks the images in a seeded order, a window of <see cref="ImagesAtOnce"/>
/// images at a time, and draws that window's share of the epoch's patches from it: an image of the window, a position,
/// a flip or rotation and the noise, all from a generator seeded by the seed, the epoch and the patch's position. A
/// patch therefore depends on nothing else (not on threads or on which patches were drawn before), and only two
/// windows of images are held at once: <see cref="ImagesAtOnce"/> is <see cref="PatchOptions.ImagesAtOnce"/>, lowered
/// so that two windows of images the size of the first one fit in <see cref="PatchOptions.MemoryMb"/>.
/// </summary>
public sealed class PatchSampler : ITrainingPatches
{
    private readonly IReadOnlyList<Image> _images;
    private readonly PatchOptions _options;
    private readonly INoiseModel _noise;
    private readonly int _seed;
    private readonly int _windowCount;
    private readonly WindowCache _cache;
    private EpochOrder? _order;

    public PatchSampler(IReadOnlyList<Image> images, PatchOptions options, INoiseModel noise, int seed, int channels)
    {
        ArgumentNullException.ThrowIfNull(images);
        if (images.Count == 0)
            throw new ArgumentException("Patch training needs at least one image.", nameof(images));
        _images = images;
        _options = options;
        _noise = noise;
        _seed = seed;
        Channels = channels;
        ImagesAtOnce = WindowSizeFor(images, options);
        _windowCount = (images.Count + ImagesAtOnce - 1) / ImagesAtOnce;
        _cache = new WindowCache(2 * ImagesAtOnce);
    }

    public int Channels { get; }

    public int Size => _options.Size;

    public int PerEpoch => _options.PerEpoch;

    /// <summary>Images patches are drawn from at a time (the window).</summary>
    public int ImagesAtOnce { get; }

    public ImagePair Get(int epoch, int position)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(position);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(position, PerEpoch);
        var random = new Random(StableHash.Combine(_seed, "patch", epoch, position));
        var window = (int)((long)position * _windowCount / PerEpoch);
        var order = ImageOrder(epoch);
        var first = window * ImagesAtOnce;
        var index = order[first + random.Next(Math.Min(ImagesAtOnce, order.Length - first))];
        var image = _cache.Get(index, i => _images[i]);
        var clean = Crop(image, random, epoch, position);
        return new ImagePair(_noise.Apply(clean, random), clean);
    }

    /// <summary>
    /// The window: images_at_once, but no more than two windows of images as large as the first fit in memory_mb (an
    /// image's floats are held whole, and a 2000x1500 colour photo takes 34 MiB of them).
    /// </summary>
    private static int WindowSizeFor(IReadOnlyList<Image> images, PatchOptions options)
    {
        var imageBytes = Math.Max(1L, images[0].Pixels.LongLength * sizeof(float));
        var fitting = ((long)options.MemoryMb << 20) / (2 * imageBytes);
        return (int)Math.Clamp(fitting, 1, Math.Min(options.ImagesAtOnce, images.Count));
    }

    /// <summary>The image order of <paramref name="epoch"/>; the same seed and epoch give the same order.</summary>
    private int[] ImageOrder(int epoch)
    {
        if (_order is { } known && known.Epoch == epoch)
            return known.Order;
        var order = Enumerable.Range(0, _images.Count).ToArray();
        new Random(StableHash.Combine(_seed, "patch-order", epoch)).Shuffle(order);
        _order = new EpochOrder(epoch, order);
        return order;
    }

    private sealed record EpochOrder(int Epoch, int[] Order);

    private Image Crop(Image image, Random random, int epoch, int position)
    {
        var size = Size;
        if (image.Height < size || image.Width < size)
            throw new InvalidOperationException($"Training image {image} is smaller than the {size}x{size} patches.");
        if (image.Channels != Channels)
            throw new InvalidOperationException($"Training image {image} has {image.Channels} channel(s); the first has {Channels}.");
        var top = random.Next(image.Height - size + 1);
        var left = random.Next(image.Width - size + 1);
        var pixels = new float[Channels * size * size];
        for (var c = 0; c < Channels; c++)
        {
            for (var y = 0; y < size; y++)
                Array.Copy(image.Pixels, (c * image.Height + top + y) * image.Width + left, pixels, (c * size + y) * size, size);
        }
        var transform = _options.Augment == PatchAugmentation.Dihedral ? random.Next(Dihedral.Count) : 0;
        return new Image($"{image.Id}@{epoch}.{position}", Channels, size, size, Dihedral.Apply(pixels, Channels, size, transform));
    }

    /// <summary>Images by index, the oldest dropped beyond a count: patches of one window read each image once.</summary>
    private sealed class WindowCache(int capacity)
    {
        private readonly Lock _gate = new();
        private readonly Dictionary<int, Lazy<Image>> _images = [];
        private readonly Queue<int> _age = new();

        public Image Get(int index, Func<int, Image> read)
        {
            Lazy<Image> entry;
            lock (_gate)
            {
                if (!_images.TryGetValue(index, out entry!))
                {
                    entry = new Lazy<Image>(() => read(index), LazyThreadSafetyMode.ExecutionAndPublication);
                    _images[index] = entry;
                    _age.Enqueue(index);
                    while (_age.Count > capacity)
                        _images.Remove(_age.Dequeue());
                }
            }
            return entry.Value;
        }
    }
}

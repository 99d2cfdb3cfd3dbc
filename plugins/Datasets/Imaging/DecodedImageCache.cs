using SixLabors.ImageSharp.PixelFormats;

namespace Denoising.Plugins.Datasets.Imaging;

/// <summary>A decoded image kept as 8-bit RGB: a third of a gray float image's bytes, a quarter of a colour one's.</summary>
public sealed record DecodedPixels(int Height, int Width, Rgb24[] Pixels)
{
    public long Bytes => (long)Pixels.Length * 3;
}

/// <summary>
/// Decoded 8-bit images by index, least recently used dropped first, holding at most <c>capacityBytes</c>, so a dataset
/// larger than that is decoded again when read again rather than held. Thread-safe.
/// </summary>
public sealed class DecodedImageCache(long capacityBytes)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<int, LinkedListNode<(int Index, DecodedPixels Pixels)>> _byIndex = [];
    private readonly LinkedList<(int Index, DecodedPixels Pixels)> _recency = new();

    /// <summary>Bytes held now.</summary>
    public long HeldBytes { get; private set; }

    /// <summary>The most bytes held at any time.</summary>
    public long PeakBytes { get; private set; }

    public DecodedPixels GetOrAdd(int index, Func<int, DecodedPixels> decode)
    {
        lock (_gate)
        {
            if (_byIndex.TryGetValue(index, out var node))
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
                return node.Value.Pixels;
            }
        }
        // Decoded outside the lock, so threads decode different images at once; a race decodes one image twice, harmlessly.
        var pixels = decode(index);
        lock (_gate)
        {
            if (pixels.Bytes > capacityBytes || _byIndex.ContainsKey(index))
                return pixels;
            while (HeldBytes + pixels.Bytes > capacityBytes)
            {
                var oldest = _recency.Last!;
                _recency.RemoveLast();
                _byIndex.Remove(oldest.Value.Index);
                HeldBytes -= oldest.Value.Pixels.Bytes;
            }
            _byIndex[index] = _recency.AddFirst((index, pixels));
            HeldBytes += pixels.Bytes;
            PeakBytes = Math.Max(PeakBytes, HeldBytes);
            return pixels;
        }
    }
}

using Denoising.Abstractions;

namespace Denoising.Torch;

/// <summary>Splits images into runs of consecutive same-shape images of at most a given count, one forward pass each.</summary>
public static class InferenceBatches
{
    public static IEnumerable<Range> Split(IReadOnlyList<Image> images, int maxCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxCount, 1);
        var start = 0;
        while (start < images.Count)
        {
            var end = start + 1;
            while (end < images.Count && end - start < maxCount && images[end].SameShapeAs(images[start]))
                end++;
            yield return start..end;
            start = end;
        }
    }

    /// <summary>The images of <paramref name="range"/>.</summary>
    public static IReadOnlyList<T> Slice<T>(IReadOnlyList<T> items, Range range)
    {
        var (offset, length) = range.GetOffsetAndLength(items.Count);
        var slice = new T[length];
        for (var i = 0; i < length; i++)
            slice[i] = items[offset + i];
        return slice;
    }
}

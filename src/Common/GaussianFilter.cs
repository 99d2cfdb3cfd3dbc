using System.Numerics;

namespace Denoising.Common;

/// <summary>
/// Separable Gaussian smoothing of one plane with mirror borders, as scipy.ndimage.gaussian_filter does
/// with mode "reflect" (d c b a | a b c d | d c b a): radius = (int)(truncate * sigma + 0.5),
/// weights exp(-x^2 / (2 sigma^2)) normalised to sum 1. Linked into each assembly that filters (SSIM, the
/// gaussian-blur denoiser), so both use one kernel and one border rule.
/// </summary>
internal sealed class GaussianFilter
{
    private readonly double[] _weights;

    public GaussianFilter(double sigma, double truncate)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sigma);
        ArgumentOutOfRangeException.ThrowIfNegative(truncate);
        Radius = (int)(truncate * sigma + 0.5);
        _weights = new double[2 * Radius + 1];
        double total = 0;
        for (var offset = -Radius; offset <= Radius; offset++)
            total += _weights[offset + Radius] = Math.Exp(-0.5 / (sigma * sigma) * offset * offset);
        for (var i = 0; i < _weights.Length; i++)
            _weights[i] /= total;
    }

    public int Radius { get; }

    public IReadOnlyList<double> Weights => _weights;

    /// <summary>
    /// Filters a height x width plane (row-major) into <paramref name="destination"/>;
    /// <paramref name="scratch"/> holds the intermediate column pass and must be as large as the plane.
    /// </summary>
    public void Apply(ReadOnlySpan<double> source, Span<double> destination, Span<double> scratch, int height, int width)
    {
        var size = height * width;
        if (source.Length < size || destination.Length < size || scratch.Length < size)
            throw new ArgumentException($"Buffers must hold {height}x{width} = {size} values.");

        Span<int> rowSource = stackalloc int[height + 2 * Radius];
        Span<int> columnSource = stackalloc int[width + 2 * Radius];
        FillMirrorIndices(rowSource, height);
        FillMirrorIndices(columnSource, width);

        // Along columns (axis 0) first, then along rows, as scipy does; both as vectorised row operations.
        scratch[..size].Clear();
        for (var row = 0; row < height; row++)
        {
            var target = scratch.Slice(row * width, width);
            for (var tap = 0; tap < _weights.Length; tap++)
                MultiplyAdd(source.Slice(rowSource[row + tap] * width, width), _weights[tap], target);
        }

        Span<double> paddedRow = stackalloc double[columnSource.Length];
        for (var row = 0; row < height; row++)
        {
            var input = scratch.Slice(row * width, width);
            for (var padded = 0; padded < paddedRow.Length; padded++)
                paddedRow[padded] = input[columnSource[padded]];
            var target = destination.Slice(row * width, width);
            target.Clear();
            for (var tap = 0; tap < _weights.Length; tap++)
                MultiplyAdd(paddedRow.Slice(tap, width), _weights[tap], target);
        }
    }

    /// <summary>target += weight * input, element by element.</summary>
    private static void MultiplyAdd(ReadOnlySpan<double> input, double weight, Span<double> target)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var weights = new Vector<double>(weight);
            for (; i <= target.Length - Vector<double>.Count; i += Vector<double>.Count)
                (new Vector<double>(target[i..]) + weights * new Vector<double>(input[i..])).CopyTo(target[i..]);
        }
        for (; i < target.Length; i++)
            target[i] += weight * input[i];
    }

    /// <summary>indices[p] is the source index for padded position p (p - Radius in image coordinates).</summary>
    private void FillMirrorIndices(Span<int> indices, int length)
    {
        for (var padded = 0; padded < indices.Length; padded++)
            indices[padded] = MirrorIndex(padded - Radius, length);
    }

    /// <summary>
    /// Index into [0, length) for any index, mirrored at the borders with the edge sample repeated and repeating with
    /// period 2 * length (scipy's "reflect"), so a kernel wider than the image still works.
    /// </summary>
    public static int MirrorIndex(int index, int length)
    {
        var period = 2 * length;
        index = (index % period + period) % period;
        return index < length ? index : period - 1 - index;
    }
}

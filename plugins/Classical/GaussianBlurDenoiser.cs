using Denoising.Abstractions;

namespace Denoising.Plugins.Classical;

/// <summary>
/// Separable Gaussian blur of each channel; borders mirror the image (scipy's 'reflect': d c b a | a b c d).
/// </summary>
public sealed class GaussianBlurDenoiser(double sigma, double truncate) : IDenoiser
{
    private readonly float[] _kernel = GaussianKernel.Create(sigma, truncate);

    public IReadOnlyList<Image> Denoise(IReadOnlyList<Image> noisy, CancellationToken cancellationToken)
    {
        var blurred = new Image[noisy.Count];
        Parallel.For(0, noisy.Count, new ParallelOptions { CancellationToken = cancellationToken },
            i => blurred[i] = Blur(noisy[i]));
        return blurred;
    }

    private Image Blur(Image image)
    {
        var (height, width) = (image.Height, image.Width);
        var output = new float[image.Pixels.Length];
        var rows = new float[height * width];
        for (var channel = 0; channel < image.Channels; channel++)
        {
            var plane = image.Pixels.AsSpan(channel * height * width, height * width);
            for (var y = 0; y < height; y++)
                Convolve(plane.Slice(y * width, width), rows.AsSpan(y * width, width));
            var target = output.AsSpan(channel * height * width, height * width);
            for (var x = 0; x < width; x++)
                ConvolveColumn(rows, target, x, height, width);
        }
        return image.WithPixels(output);
    }

    private void Convolve(ReadOnlySpan<float> source, Span<float> target)
    {
        var radius = _kernel.Length / 2;
        for (var i = 0; i < source.Length; i++)
        {
            var sum = 0f;
            for (var k = -radius; k <= radius; k++)
                sum += _kernel[k + radius] * source[Mirror(i + k, source.Length)];
            target[i] = sum;
        }
    }

    private void ConvolveColumn(float[] source, Span<float> target, int x, int height, int width)
    {
        var radius = _kernel.Length / 2;
        for (var y = 0; y < height; y++)
        {
            var sum = 0f;
            for (var k = -radius; k <= radius; k++)
                sum += _kernel[k + radius] * source[Mirror(y + k, height) * width + x];
            target[y * width + x] = sum;
        }
    }

    /// <summary>Index into [0, length) mirrored at the borders, repeating the edge sample (scipy 'reflect').</summary>
    public static int Mirror(int index, int length)
    {
        var period = 2 * length;
        index %= period;
        if (index < 0)
            index += period;
        return index < length ? index : period - 1 - index;
    }

    public void Dispose()
    {
    }
}

using System.Buffers;
using Denoising.Abstractions;
using Denoising.Common;

namespace Denoising.Plugins.Classical;

/// <summary>
/// Gaussian blur of each channel as scipy.ndimage.gaussian_filter(sigma, truncate, mode='reflect') computes it:
/// the filter SSIM uses too, in double precision, rounded to float once at the end.
/// </summary>
public sealed class GaussianBlurDenoiser(double sigma, double truncate) : IDenoiser
{
    private readonly GaussianFilter _filter = new(sigma, truncate);

    public IReadOnlyList<Image> Denoise(IReadOnlyList<Image> noisy, CancellationToken cancellationToken)
    {
        var blurred = new Image[noisy.Count];
        Parallel.For(0, noisy.Count, new ParallelOptions { CancellationToken = cancellationToken },
            i => blurred[i] = Blur(noisy[i]));
        return blurred;
    }

    private Image Blur(Image image)
    {
        var plane = image.Height * image.Width;
        var output = new float[image.Pixels.Length];
        var buffer = ArrayPool<double>.Shared.Rent(3 * plane);
        try
        {
            Span<double> source = buffer.AsSpan(0, plane), target = buffer.AsSpan(plane, plane), scratch = buffer.AsSpan(2 * plane, plane);
            for (var channel = 0; channel < image.Channels; channel++)
            {
                var offset = channel * plane;
                for (var i = 0; i < plane; i++)
                    source[i] = image.Pixels[offset + i];
                _filter.Apply(source, target, scratch, image.Height, image.Width);
                for (var i = 0; i < plane; i++)
                    output[offset + i] = (float)target[i];
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(buffer);
        }
        return image.WithPixels(output);
    }
}

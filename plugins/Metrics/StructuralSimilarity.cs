using System.Buffers;
using Denoising.Abstractions;
using Denoising.Common;

namespace Denoising.Plugins.Metrics;

/// <summary>
/// Mean SSIM (Wang et al. 2004) for data range 1, computed exactly as
/// skimage.metrics.structural_similarity(x, y, data_range=1, gaussian_weights=True, sigma=1.5, win_size=7,
/// use_sample_covariance=False): local statistics come from an 11-tap Gaussian (sigma 1.5, truncate 3.5,
/// mirror borders) over the whole plane; the SSIM map is averaged after cropping (win_size - 1) / 2 = 3 pixels
/// from each border. Multi-channel images: per-channel mean SSIM, then the mean over channels.
/// </summary>
public sealed class StructuralSimilarity : IMetric
{
    public const string MetricName = "ssim";

    /// <summary>skimage's win_size: sets the border crop and the smallest accepted image side.</summary>
    public const int WindowSize = 7;

    private const double Sigma = 1.5;
    private const double Truncate = 3.5;
    private const double C1 = 0.01 * 0.01;
    private const double C2 = 0.03 * 0.03;
    private const int Crop = (WindowSize - 1) / 2;
    private const int PlaneCount = 11;

    private static readonly GaussianFilter Filter = new(Sigma, Truncate);

    public double Compute(Image reference, Image candidate)
    {
        ImagePairGuard.RequireSameShape(reference, candidate, MetricName);
        if (reference.Height < WindowSize || reference.Width < WindowSize)
            throw new ArgumentException(
                $"Metric '{MetricName}' needs images of at least {WindowSize}x{WindowSize} pixels; {reference} is smaller.");

        var plane = reference.Height * reference.Width;
        var buffer = ArrayPool<double>.Shared.Rent(PlaneCount * plane);
        try
        {
            double total = 0;
            for (var channel = 0; channel < reference.Channels; channel++)
                total += ChannelMean(reference, candidate, channel, buffer.AsSpan(0, PlaneCount * plane));
            return total / reference.Channels;
        }
        finally
        {
            ArrayPool<double>.Shared.Return(buffer);
        }
    }

    private static double ChannelMean(Image reference, Image candidate, int channel, Span<double> buffer)
    {
        int height = reference.Height, width = reference.Width, plane = height * width;
        Span<double> x = buffer.Slice(0 * plane, plane), y = buffer.Slice(1 * plane, plane);
        Span<double> xx = buffer.Slice(2 * plane, plane), yy = buffer.Slice(3 * plane, plane);
        Span<double> xy = buffer.Slice(4 * plane, plane), meanX = buffer.Slice(5 * plane, plane);
        Span<double> meanY = buffer.Slice(6 * plane, plane), meanXx = buffer.Slice(7 * plane, plane);
        Span<double> meanYy = buffer.Slice(8 * plane, plane), meanXy = buffer.Slice(9 * plane, plane);
        var scratch = buffer.Slice(10 * plane, plane);

        var offset = channel * plane;
        for (var i = 0; i < plane; i++)
        {
            double a = reference.Pixels[offset + i], b = candidate.Pixels[offset + i];
            x[i] = a;
            y[i] = b;
            xx[i] = a * a;
            yy[i] = b * b;
            xy[i] = a * b;
        }
        Filter.Apply(x, meanX, scratch, height, width);
        Filter.Apply(y, meanY, scratch, height, width);
        Filter.Apply(xx, meanXx, scratch, height, width);
        Filter.Apply(yy, meanYy, scratch, height, width);
        Filter.Apply(xy, meanXy, scratch, height, width);

        double sum = 0;
        for (var row = Crop; row < height - Crop; row++)
        {
            for (var column = Crop; column < width - Crop; column++)
            {
                var i = row * width + column;
                double ux = meanX[i], uy = meanY[i];
                var varianceX = meanXx[i] - ux * ux;
                var varianceY = meanYy[i] - uy * uy;
                var covariance = meanXy[i] - ux * uy;
                sum += (2 * ux * uy + C1) * (2 * covariance + C2)
                       / ((ux * ux + uy * uy + C1) * (varianceX + varianceY + C2));
            }
        }
        return sum / ((height - 2 * Crop) * (width - 2 * Crop));
    }
}

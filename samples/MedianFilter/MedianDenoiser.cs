using Denoising.Abstractions;

namespace Denoising.Samples.MedianFilter;

/// <summary>
/// A classical denoiser: each pixel becomes the median of its size x size neighbourhood in the same channel, with the
/// image's edge pixels repeated outside it. Needs no training, so it implements <see cref="IDenoiser"/> directly.
/// </summary>
public sealed class MedianDenoiser : IDenoiser
{
    private readonly int _radius;

    public MedianDenoiser(int size)
    {
        if (size < 1 || size % 2 == 0)
            throw new ArgumentOutOfRangeException(nameof(size), size, "The window size must be a positive odd number.");
        _radius = size / 2;
    }

    public IReadOnlyList<Image> Denoise(IReadOnlyList<Image> noisy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(noisy);
        var denoised = new Image[noisy.Count];
        for (var i = 0; i < noisy.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            denoised[i] = Filter(noisy[i]);
        }
        return denoised;
    }

    private Image Filter(Image image)
    {
        var side = 2 * _radius + 1;
        var window = new float[side * side];
        var output = new float[image.Pixels.Length];
        var plane = image.Height * image.Width;
        for (var channel = 0; channel < image.Channels; channel++)
        {
            var source = image.Pixels.AsSpan(channel * plane, plane);
            for (var row = 0; row < image.Height; row++)
            {
                for (var column = 0; column < image.Width; column++)
                {
                    var count = 0;
                    for (var dy = -_radius; dy <= _radius; dy++)
                    {
                        var y = Math.Clamp(row + dy, 0, image.Height - 1);
                        for (var dx = -_radius; dx <= _radius; dx++)
                            window[count++] = source[y * image.Width + Math.Clamp(column + dx, 0, image.Width - 1)];
                    }
                    window.AsSpan().Sort();
                    output[channel * plane + row * image.Width + column] = window[window.Length / 2];
                }
            }
        }
        return image.WithPixels(output);
    }
}

using Denoising.Abstractions;

namespace Denoising.Tests.Torch.Support;

/// <summary>Tiny training sets: smooth sine patterns as clean images, seeded gaussian noise as their noisy versions.</summary>
internal static class SmoothPatterns
{
    public static IReadOnlyList<Image> Create(int count, int channels, int height, int width, int seed)
    {
        var random = new Random(seed);
        var images = new Image[count];
        for (var n = 0; n < count; n++)
        {
            var pixels = new float[channels * height * width];
            for (var c = 0; c < channels; c++)
            {
                double frequencyY = random.NextDouble() * 0.5, frequencyX = random.NextDouble() * 0.5;
                var phase = random.NextDouble() * 2 * Math.PI;
                for (var y = 0; y < height; y++)
                    for (var x = 0; x < width; x++)
                        pixels[(c * height + y) * width + x] = (float)(0.5 + 0.4 * Math.Sin(frequencyY * y + frequencyX * x + phase));
            }
            images[n] = new Image($"pattern{n}", channels, height, width, pixels);
        }
        return images;
    }

    /// <summary>Clean image plus gaussian noise, clipped to [0, 1]; the same (image, key) always gives the same noise.</summary>
    public static Image AddNoise(Image clean, double sigma, int key)
    {
        var random = new Random(key);
        var pixels = new float[clean.Pixels.Length];
        for (var i = 0; i < pixels.Length; i++)
        {
            var gaussian = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
            pixels[i] = (float)Math.Clamp(clean.Pixels[i] + sigma * gaussian, 0, 1);
        }
        return clean.WithPixels(pixels);
    }

    /// <summary>Fresh noise per epoch and image, as a host's NoisyVersion would make it.</summary>
    public static Func<int, int, Image> NoisyVersions(IReadOnlyList<Image> clean, double sigma) =>
        (index, epoch) => AddNoise(clean[index], sigma, index * 7919 + epoch);

    public static double Psnr(Image estimate, Image clean)
    {
        double squared = 0;
        for (var i = 0; i < clean.Pixels.Length; i++)
            squared += Math.Pow(estimate.Pixels[i] - clean.Pixels[i], 2);
        return -10 * Math.Log10(Math.Max(squared / clean.Pixels.Length, 1e-10));
    }

    public static double MeanPsnr(IReadOnlyList<Image> estimates, IReadOnlyList<Image> clean) =>
        estimates.Zip(clean, Psnr).Average();
}

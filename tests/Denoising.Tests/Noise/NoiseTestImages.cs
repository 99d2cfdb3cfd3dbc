using Denoising.Abstractions;

namespace Denoising.Tests.Noise;

/// <summary>Flat test images and the sample statistics the noise tests compare against theory.</summary>
internal static class NoiseTestImages
{
    public static Image Flat(float value, int size = 256, int channels = 1, string id = "flat") =>
        new(id, channels, size, size, Enumerable.Repeat(value, channels * size * size).ToArray());

    public static double Mean(IReadOnlyList<float> values) => values.Average(v => (double)v);

    public static double Variance(IReadOnlyList<float> values)
    {
        var mean = Mean(values);
        return values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1);
    }

    public static double StandardDeviation(IReadOnlyList<float> values) => Math.Sqrt(Variance(values));
}

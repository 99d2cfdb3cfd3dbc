namespace Denoising.Plugins.Noise.Sampling;

/// <summary>Standard normal samples by the Marsaglia polar method: two normals per accepted pair of uniforms.</summary>
public static class GaussianSampler
{
    /// <summary>Fills <paramref name="destination"/> with independent N(0, 1) samples drawn from <paramref name="random"/>.</summary>
    public static void FillStandardNormal(NoiseRandom random, Span<float> destination)
    {
        ArgumentNullException.ThrowIfNull(random);
        var i = 0;
        for (; i + 1 < destination.Length; i += 2)
        {
            (var first, var second) = NextPair(random);
            destination[i] = (float)first;
            destination[i + 1] = (float)second;
        }

        if (i < destination.Length)
            destination[i] = (float)NextPair(random).First;
    }

    /// <summary>Two independent N(0, 1) samples.</summary>
    public static (double First, double Second) NextPair(NoiseRandom random)
    {
        double u, v, s;
        do
        {
            u = 2.0 * random.NextDouble() - 1.0;
            v = 2.0 * random.NextDouble() - 1.0;
            s = u * u + v * v;
        }
        while (s >= 1.0 || s == 0.0);

        var scale = Math.Sqrt(-2.0 * Math.Log(s) / s);
        return (u * scale, v * scale);
    }
}

namespace Denoising.Plugins.Noise.Sampling;

/// <summary>
/// Exact Poisson samples: Knuth's multiplication method for small means, Hörmann's PTRS (transformed rejection
/// with squeeze, 1993) from <see cref="RejectionThreshold"/> on, whose cost does not grow with the mean.
/// </summary>
public static class PoissonSampler
{
    /// <summary>Means at or above this use PTRS; below it Knuth's method needs on average mean + 1 uniforms.</summary>
    public const double RejectionThreshold = 10.0;

    /// <summary>One sample of Poisson(<paramref name="mean"/>); a mean of 0 or less gives 0.</summary>
    public static long Next(double mean, NoiseRandom random)
    {
        if (!double.IsFinite(mean))
            throw new ArgumentOutOfRangeException(nameof(mean), mean, "A Poisson mean must be finite.");
        if (mean <= 0.0)
            return 0;
        return mean < RejectionThreshold ? NextByMultiplication(mean, random) : NextByTransformedRejection(mean, random);
    }

    private static long NextByMultiplication(double mean, NoiseRandom random)
    {
        var limit = Math.Exp(-mean);
        var product = random.NextDouble();
        long count = 0;
        while (product > limit)
        {
            count++;
            product *= random.NextDouble();
        }

        return count;
    }

    private static long NextByTransformedRejection(double mean, NoiseRandom random)
    {
        var b = 0.931 + 2.53 * Math.Sqrt(mean);
        var a = -0.059 + 0.02483 * b;
        var acceptBound = 0.9277 - 3.6224 / (b - 2.0);

        while (true)
        {
            var u = random.NextDouble() - 0.5;
            var v = random.NextDouble();
            var us = 0.5 - Math.Abs(u);
            var k = (long)Math.Floor((2.0 * a / us + b) * u + mean + 0.43);

            if (us >= 0.07 && v <= acceptBound)
                return k;
            if (k < 0 || (us < 0.013 && v > us))
                continue;
            // The exact test runs for about a quarter of the draws, so its logarithms are not precomputed.
            var inverseAlpha = 1.1239 + 1.1328 / (b - 3.4);
            if (Math.Log(v * inverseAlpha / (a / (us * us) + b))
                <= -mean + k * Math.Log(mean) - LogFactorial.Of(k))
                return k;
        }
    }
}

using System.Numerics;

namespace Denoising.Plugins.Noise.Sampling;

/// <summary>
/// xoshiro256** generator for per-pixel draws. A model seeds one per image from the caller's <see cref="Random"/>
/// (<see cref="DeriveFrom"/>), so the noise stays a function of that generator's state while each pixel costs a
/// few inlined integer operations instead of a virtual <see cref="Random.NextDouble"/> call.
/// </summary>
public sealed class NoiseRandom
{
    private const double UnitScale = 1.0 / (1UL << 53);
    private ulong _s0, _s1, _s2, _s3;

    public NoiseRandom(ulong seed)
    {
        // SplitMix64 spreads any seed, 0 included, over the 256-bit state (never all zero).
        _s0 = SplitMix64(ref seed);
        _s1 = SplitMix64(ref seed);
        _s2 = SplitMix64(ref seed);
        _s3 = SplitMix64(ref seed);
    }

    /// <summary>A generator seeded by one draw from <paramref name="random"/>.</summary>
    public static NoiseRandom DeriveFrom(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        return new NoiseRandom((ulong)random.NextInt64());
    }

    public ulong NextUInt64()
    {
        var result = BitOperations.RotateLeft(_s1 * 5, 7) * 9;
        var shifted = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= shifted;
        _s3 = BitOperations.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>Uniform in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * UnitScale;

    private static ulong SplitMix64(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}

using Denoising.Abstractions;
using Denoising.Host.Experiments;

namespace Denoising.Host.Running.Steps;

/// <summary>Applies a noise model with a generator seeded per image, so results do not depend on order or threads.</summary>
public static class NoiseApplier
{
    public static Image Apply(INoiseModel noise, Image clean, int seed, int draw = 0) =>
        noise.Apply(clean, new Random(StableHash.Combine(seed, clean.Id, draw)));

    public static IReadOnlyList<Image> ApplyAll(INoiseModel noise, IReadOnlyList<Image> clean, int seed, CancellationToken cancellationToken)
    {
        var noisy = new Image[clean.Count];
        Parallel.For(0, clean.Count, new ParallelOptions { CancellationToken = cancellationToken },
            i => noisy[i] = Apply(noise, clean[i], seed));
        return noisy;
    }
}

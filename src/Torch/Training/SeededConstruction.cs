using TorchSharp;

namespace Denoising.Torch.Training;

/// <summary>
/// Seeds torch's process-wide generator and builds a network under one lock, so two denoisers built at the same time
/// (of any type) cannot take each other's random numbers.
/// </summary>
internal static class SeededConstruction
{
    private static readonly Lock Gate = new();

    public static T Build<T>(int? seed, Func<T> build)
    {
        lock (Gate)
        {
            if (seed is int value)
                torch.manual_seed(value);
            return build();
        }
    }
}

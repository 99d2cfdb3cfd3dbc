namespace Denoising.Abstractions;

/// <summary>
/// Patch training (since 2.1): random square crops of training images of any sizes, flipped and rotated, each with its
/// own noise, drawn by the host on demand. Deterministic (the same epoch and position give the same pair) and
/// thread-safe, so a trainer may build batches ahead on several threads. Consecutive positions come from a few images
/// at a time, so a dataset larger than memory is read image by image.
/// </summary>
public interface ITrainingPatches
{
    /// <summary>Channels of every patch.</summary>
    int Channels { get; }

    /// <summary>Height and width of every patch.</summary>
    int Size { get; }

    /// <summary>Patches in one epoch.</summary>
    int PerEpoch { get; }

    /// <summary>The noisy patch and its clean original at <paramref name="position"/> (0 to <see cref="PerEpoch"/> - 1) of 0-based <paramref name="epoch"/>, in training order.</summary>
    ImagePair Get(int epoch, int position);
}

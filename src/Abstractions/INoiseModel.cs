namespace Denoising.Abstractions;

/// <summary>A corruption applied to clean images. Implementations are stateless and thread-safe.</summary>
public interface INoiseModel
{
    /// <summary>
    /// Returns a noisy copy of <paramref name="clean"/>. All randomness comes from <paramref name="random"/>,
    /// so the same generator state gives the same noise.
    /// </summary>
    Image Apply(Image clean, Random random);
}

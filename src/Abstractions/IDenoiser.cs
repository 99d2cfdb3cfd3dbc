namespace Denoising.Abstractions;

/// <summary>
/// Maps noisy images to estimates of their clean originals. A denoiser that holds native resources (network weights)
/// also implements <see cref="IDisposable"/>; the host disposes it when the run ends.
/// </summary>
public interface IDenoiser
{
    /// <summary>Denoises each image; the result keeps the ids and shapes of the input.</summary>
    IReadOnlyList<Image> Denoise(IReadOnlyList<Image> noisy, CancellationToken cancellationToken);
}

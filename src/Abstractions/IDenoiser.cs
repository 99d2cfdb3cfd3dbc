namespace Denoising.Abstractions;

/// <summary>Maps noisy images to estimates of their clean originals.</summary>
public interface IDenoiser : IDisposable
{
    /// <summary>Denoises each image; the result keeps the ids and shapes of the input.</summary>
    IReadOnlyList<Image> Denoise(IReadOnlyList<Image> noisy, CancellationToken cancellationToken);
}

namespace Denoising.Abstractions;

/// <summary>
/// A full-reference quality measure of a denoised estimate against its clean original (pixel values in [0, 1]).
/// Registered by name (<c>psnr</c>); the name labels its values in output files. Implementations are stateless and
/// thread-safe: the host calls them in parallel.
/// </summary>
public interface IMetric
{
    /// <summary>The metric of <paramref name="estimate"/> against <paramref name="clean"/>; both have the same shape.</summary>
    double Compute(Image clean, Image estimate);
}

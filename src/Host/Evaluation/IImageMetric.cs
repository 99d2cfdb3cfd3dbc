using Denoising.Abstractions;

namespace Denoising.Host.Evaluation;

/// <summary>
/// A full-reference quality measure of one image against its clean reference (data range 1).
/// Implementations are stateless and thread-safe: the evaluator calls them in parallel.
/// </summary>
public interface IImageMetric
{
    /// <summary>Name used in configs and in output files (for example "psnr").</summary>
    string Name { get; }

    /// <summary>The metric for a candidate image against the reference; both must have the same shape.</summary>
    double Compute(Image reference, Image candidate);
}

using Denoising.Abstractions;

namespace Denoising.Plugins.Metrics;

internal static class ImagePairGuard
{
    public static void RequireSameShape(Image reference, Image candidate, string metric)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(candidate);
        if (!reference.SameShapeAs(candidate))
            throw new ArgumentException(
                $"Metric '{metric}': image {candidate} does not have the shape of its reference {reference}.");
    }
}

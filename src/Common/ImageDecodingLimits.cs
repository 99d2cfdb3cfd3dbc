namespace Denoising.Common;

/// <summary>Bounds that an image file must respect before it is fully decoded.</summary>
/// <param name="MaxFileBytes">Largest file accepted.</param>
/// <param name="MaxSide">Largest width or height.</param>
/// <param name="MaxPixels">Largest width times height.</param>
internal sealed record ImageDecodingLimits(long MaxFileBytes, int MaxSide, long MaxPixels)
{
    /// <summary>64 MB files, 16384 pixels a side, 100 megapixels.</summary>
    public static ImageDecodingLimits Default { get; } = new(64L * 1024 * 1024, 16_384, 100_000_000);
}

using Denoising.Abstractions;

namespace Denoising.Host.Running.Steps;

/// <summary>
/// Clips images to [0, 1] and rounds them to the levels of an integer format of <c>bits</c> bits, as the denoising
/// benchmark protocol does before scoring (8 bits: x 255, round half to even as NumPy's round in KAIR, / 255), so a
/// figure compares with published ones.
/// </summary>
public static class PixelQuantizer
{
    public const int MaxBits = 16;

    public static IReadOnlyList<Image> Quantize(IReadOnlyList<Image> images, int bits)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bits, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(bits, MaxBits);
        var levels = (float)((1 << bits) - 1);
        return images.Select(image => image.WithPixels(Array.ConvertAll(
            image.Pixels, value => MathF.Round(Math.Clamp(value, 0f, 1f) * levels) / levels))).ToArray();
    }
}

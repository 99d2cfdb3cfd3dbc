namespace Denoising.Plugins.Noise.Models;

/// <summary>Keeps noisy pixels inside the [0, 1] range that <see cref="Denoising.Abstractions.Image"/> promises.</summary>
internal static class PixelRange
{
    public static void Clip(Span<float> pixels)
    {
        for (var i = 0; i < pixels.Length; i++)
            pixels[i] = Math.Clamp(pixels[i], 0f, 1f);
    }
}

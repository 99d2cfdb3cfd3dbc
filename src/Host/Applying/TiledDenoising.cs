using Denoising.Abstractions;

namespace Denoising.Host.Applying;

/// <summary>
/// Denoises images of any sizes with bounded memory: images within one tile go to the denoiser whole, together; a larger
/// image goes tile by tile (<see cref="ImageTiles"/>), its tiles' cores pasted into the result.
/// </summary>
public static class TiledDenoising
{
    public static IReadOnlyList<Image> Denoise(
        IDenoiser denoiser, IReadOnlyList<Image> noisy, int tileSize, int overlap, CancellationToken cancellationToken)
    {
        ImageTiles.Validate(tileSize, overlap);
        bool Fits(Image image) => image.Height <= tileSize && image.Width <= tileSize;
        var whole = noisy.Where(Fits).ToList();
        var denoisedWhole = whole.Count == 0 ? [] : denoiser.Denoise(whole, cancellationToken);
        if (denoisedWhole.Count != whole.Count)
            throw new InvalidOperationException($"the denoiser returned {denoisedWhole.Count} images for {whole.Count}");
        var next = 0;
        return noisy.Select(image => Fits(image) ? denoisedWhole[next++] : ByTiles(denoiser, image, tileSize, overlap, cancellationToken)).ToList();
    }

    private static Image ByTiles(IDenoiser denoiser, Image image, int tileSize, int overlap, CancellationToken cancellationToken)
    {
        var result = new float[image.Pixels.Length];
        foreach (var tile in ImageTiles.Layout(image.Width, image.Height, tileSize, overlap))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var context = Crop(image, tile.Context.Y, tile.Context.X, tile.Context.Height, tile.Context.Width);
            var denoised = denoiser.Denoise([context], cancellationToken).Single();
            if (!denoised.SameShapeAs(context))
                throw new InvalidOperationException($"the denoiser returned {denoised} for a tile of {context}");
            var (dy, dx) = (tile.Core.Y - tile.Context.Y, tile.Core.X - tile.Context.X);
            for (var c = 0; c < image.Channels; c++)
            {
                for (var y = 0; y < tile.Core.Height; y++)
                {
                    Array.Copy(denoised.Pixels, (c * context.Height + dy + y) * context.Width + dx,
                        result, (c * image.Height + tile.Core.Y + y) * image.Width + tile.Core.X, tile.Core.Width);
                }
            }
        }
        return image.WithPixels(result);
    }

    private static Image Crop(Image image, int top, int left, int height, int width)
    {
        var pixels = new float[image.Channels * height * width];
        for (var c = 0; c < image.Channels; c++)
        {
            for (var y = 0; y < height; y++)
                Array.Copy(image.Pixels, (c * image.Height + top + y) * image.Width + left, pixels, (c * height + y) * width, width);
        }
        return new Image(image.Id, image.Channels, height, width, pixels);
    }
}

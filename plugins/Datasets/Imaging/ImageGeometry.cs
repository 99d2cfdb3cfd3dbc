using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;

namespace Denoising.Plugins.Datasets.Imaging;

/// <summary>In-place resizing and cropping of decoded images.</summary>
public static class ImageGeometry
{
    /// <summary>
    /// Resamples to exactly <paramref name="width"/> x <paramref name="height"/> (aspect ratio not kept) with
    /// ImageSharp's bicubic kernel (Keys, a = -0.5, widened when shrinking, like Pillow's default BICUBIC).
    /// </summary>
    public static void Resize(Image<Rgb24> image, int width, int height)
    {
        if (image.Width == width && image.Height == height)
            return;
        image.Mutate(context => context.Resize(new ResizeOptions
        {
            Size = new Size(width, height),
            Mode = ResizeMode.Stretch,
            Sampler = KnownResamplers.Bicubic,
        }));
    }

    /// <summary>Keeps the centred <paramref name="width"/> x <paramref name="height"/> region (offsets rounded down).</summary>
    public static void CenterCrop(Image<Rgb24> image, int width, int height, string filePath)
    {
        var region = new Rectangle((image.Width - width) / 2, (image.Height - height) / 2, width, height);
        Crop(image, region, filePath);
    }

    /// <summary>Keeps <paramref name="region"/>; the message names the file when the image does not contain it.</summary>
    public static void Crop(Image<Rgb24> image, Rectangle region, string filePath)
    {
        if (region.X < 0 || region.Y < 0 || region.Right > image.Width || region.Bottom > image.Height)
            throw new InvalidDataException(
                $"Image '{filePath}' is {image.Width}x{image.Height} (width x height); cropping columns " +
                $"{region.Left}..{region.Right} and rows {region.Top}..{region.Bottom} needs at least " +
                $"{region.Right}x{region.Bottom}.");
        if (region.Width == image.Width && region.Height == image.Height)
            return;
        image.Mutate(context => context.Crop(region));
    }
}

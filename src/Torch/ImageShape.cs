using Denoising.Abstractions;

namespace Denoising.Torch;

/// <summary>Channels, height and width of the images a network is built for.</summary>
public readonly record struct ImageShape(int Channels, int Height, int Width)
{
    public static ImageShape Of(Image image) => new(image.Channels, image.Height, image.Width);

    /// <summary>Values per image (channels x height x width).</summary>
    public int PixelCount => Channels * Height * Width;

    /// <summary>Dimensions of a batch of <paramref name="count"/> images: [N, C, H, W].</summary>
    public long[] BatchDimensions(long count) => [count, Channels, Height, Width];

    /// <summary>
    /// The one shape shared by all <paramref name="images"/>; throws naming the first image that differs.
    /// </summary>
    public static ImageShape Common(IReadOnlyList<Image> images, string role)
    {
        if (images.Count == 0)
            throw new ArgumentException($"No {role} images were given.", nameof(images));
        var shape = Of(images[0]);
        foreach (var image in images)
        {
            if (Of(image) != shape)
                throw new ArgumentException(
                    $"All {role} images must share one shape: '{images[0].Id}' is {shape}, '{image.Id}' is {Of(image)}.",
                    nameof(images));
        }
        return shape;
    }

    public override string ToString() => $"{Channels}x{Height}x{Width}";
}

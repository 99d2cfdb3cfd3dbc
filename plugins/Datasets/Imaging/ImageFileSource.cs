using Denoising.Abstractions;
using SixLabors.ImageSharp.PixelFormats;
using Image = Denoising.Abstractions.Image;
using Rgb24Image = SixLabors.ImageSharp.Image<SixLabors.ImageSharp.PixelFormats.Rgb24>;

namespace Denoising.Plugins.Datasets.Imaging;

/// <summary>
/// Image files read on demand: each is decoded when first asked for, shaped by <c>shape</c> (resize, crop: it may
/// mutate the decoded image), kept as 8-bit pixels in a bounded <see cref="DecodedImageCache"/> and turned into floats
/// for the caller. The floats equal those of <see cref="ParallelImageLoader"/> with the same conversion.
/// </summary>
public sealed class ImageFileSource(
    IReadOnlyList<ImageFile> files,
    Action<ImageFile, Rgb24Image> shape,
    string colorMode,
    DecodedImageCache cache) : IImageSource
{
    public int Count => files.Count;

    public DecodedImageCache Cache => cache;

    public string IdAt(int index) => files[index].Id;

    public Image Read(int index, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var decoded = cache.GetOrAdd(index, Decode);
        return PlanarPixels.FromRgb24(files[index].Id, decoded.Pixels, decoded.Height, decoded.Width, colorMode);
    }

    private DecodedPixels Decode(int index)
    {
        using var image = SafeImageDecoder.Default.DecodeRgb24(files[index].Path);
        shape(files[index], image);
        var pixels = new Rgb24[image.Width * image.Height];
        image.CopyPixelDataTo(pixels);
        return new DecodedPixels(image.Height, image.Width, pixels);
    }
}

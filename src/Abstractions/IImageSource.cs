namespace Denoising.Abstractions;

/// <summary>
/// The images of a dataset read one at a time (since 2.1): their count and ids are known without reading pixels, and
/// each image is decoded (or generated) when asked for, so the set need not fit in memory. Images may differ in size and
/// channels. Implementations are thread-safe: the host reads from several threads.
/// </summary>
public interface IImageSource
{
    int Count { get; }

    /// <summary>The id of image <paramref name="index"/>, without reading its pixels.</summary>
    string IdAt(int index);

    /// <summary>Image <paramref name="index"/> (0 to <see cref="Count"/> - 1), the same pixels every time (read-only, like every <see cref="Image"/>).</summary>
    Image Read(int index, CancellationToken cancellationToken);
}

/// <summary>Helpers around <see cref="IImageSource"/>.</summary>
public static class ImageSource
{
    /// <summary>A source over images already in memory.</summary>
    public static IImageSource Of(IReadOnlyList<Image> images)
    {
        ArgumentNullException.ThrowIfNull(images);
        return new InMemory(images);
    }

    /// <summary>Reads every image of <paramref name="source"/>, in order.</summary>
    public static IReadOnlyList<Image> ReadAll(this IImageSource source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        var images = new Image[source.Count];
        for (var i = 0; i < images.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            images[i] = source.Read(i, cancellationToken);
        }
        return images;
    }

    private sealed class InMemory(IReadOnlyList<Image> images) : IImageSource
    {
        public int Count => images.Count;

        public string IdAt(int index) => images[index].Id;

        public Image Read(int index, CancellationToken cancellationToken) => images[index];
    }
}

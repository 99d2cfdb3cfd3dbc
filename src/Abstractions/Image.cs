namespace Denoising.Abstractions;

/// <summary>
/// One image as planar float pixels (channel, row, column), values in [0, 1].
/// Plugins treat <see cref="Pixels"/> as read-only and return new images.
/// </summary>
public sealed class Image
{
    public Image(string id, int channels, int height, int width, float[] pixels)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        ArgumentOutOfRangeException.ThrowIfLessThan(channels, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentNullException.ThrowIfNull(pixels);
        if (pixels.Length != channels * height * width)
            throw new ArgumentException(
                $"Image '{id}': {pixels.Length} pixels given, {channels}x{height}x{width} = {channels * height * width} expected.",
                nameof(pixels));
        Id = id;
        Channels = channels;
        Height = height;
        Width = width;
        Pixels = pixels;
    }

    /// <summary>Stable name of the image within its set (for example the file name without extension).</summary>
    public string Id { get; }
    public int Channels { get; }
    public int Height { get; }
    public int Width { get; }
    public float[] Pixels { get; }

    /// <summary>A new image with the same id and shape and other pixels.</summary>
    public Image WithPixels(float[] pixels) => new(Id, Channels, Height, Width, pixels);

    public bool SameShapeAs(Image other) =>
        Channels == other.Channels && Height == other.Height && Width == other.Width;

    public override string ToString() => $"{Id} ({Channels}x{Height}x{Width})";
}

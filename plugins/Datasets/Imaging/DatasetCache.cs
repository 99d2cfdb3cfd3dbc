namespace Denoising.Plugins.Datasets.Imaging;

/// <summary>The <c>cache_mb</c> option of the image datasets.</summary>
public static class DatasetCache
{
    public const int DefaultMb = 1024;

    public static DecodedImageCache Create(int megabytes) => new((long)megabytes << 20);
}

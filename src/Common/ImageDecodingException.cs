namespace Denoising.Common;

/// <summary>An image file that could not be read or decoded; the message names the file.</summary>
internal sealed class ImageDecodingException : IOException
{
    public ImageDecodingException(string filePath, string reason, Exception? innerException = null)
        : base($"Cannot read image '{filePath}': {reason}", innerException)
    {
        FilePath = filePath;
    }

    public string FilePath { get; }
}

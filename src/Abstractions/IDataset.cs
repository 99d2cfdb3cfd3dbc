namespace Denoising.Abstractions;

/// <summary>A source of clean images. The host splits them into train and test sets.</summary>
public interface IDataset
{
    /// <summary>Loads every image, in a deterministic order.</summary>
    IReadOnlyList<Image> Load(CancellationToken cancellationToken);

    /// <summary>
    /// Opens the dataset for reading image by image (since 2.1): the host calls this rather than <see cref="Load"/>, so a
    /// dataset larger than memory works. The default holds what <see cref="Load"/> returns; a dataset that decodes on
    /// demand overrides it. Same images, ids and order as <see cref="Load"/>.
    /// </summary>
    IImageSource Open(CancellationToken cancellationToken) => ImageSource.Of(Load(cancellationToken));
}

namespace Denoising.Abstractions;

/// <summary>A source of clean images. The host splits them into train and test sets.</summary>
public interface IDataset
{
    /// <summary>Loads every image, in a deterministic order.</summary>
    IReadOnlyList<Image> Load(CancellationToken cancellationToken);
}

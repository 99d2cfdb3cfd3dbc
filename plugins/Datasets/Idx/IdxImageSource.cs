using Denoising.Abstractions;
using Image = Denoising.Abstractions.Image;

namespace Denoising.Plugins.Datasets.Idx;

/// <summary>The images of an IDX file read one at a time through <c>readBytes</c> (index to that image's bytes).</summary>
internal sealed class IdxImageSource(IdxHeader header, int count, Func<long, byte[]> readBytes) : IImageSource
{
    public int Count => count;

    public string IdAt(int index) => SequentialIds.Format(index, header.Count);

    public Image Read(int index, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, count);
        return IdxImageReader.ToImage(IdAt(index), header, readBytes(index));
    }
}

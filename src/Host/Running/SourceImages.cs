using System.Collections;
using Denoising.Abstractions;

namespace Denoising.Host.Running;

/// <summary>
/// Some images of a dataset as a list that reads each one from the source when indexed, holding none: a split of a
/// dataset larger than memory can be published and passed around like any image list.
/// </summary>
public sealed class SourceImages(IImageSource source, IReadOnlyList<int> indices) : IReadOnlyList<Image>
{
    public Image this[int index] => source.Read(indices[index], CancellationToken.None);

    public int Count => indices.Count;

    /// <summary>The id of image <paramref name="index"/>, without reading it.</summary>
    public string IdAt(int index) => source.IdAt(indices[index]);

    public IEnumerator<Image> GetEnumerator()
    {
        for (var i = 0; i < indices.Count; i++)
            yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

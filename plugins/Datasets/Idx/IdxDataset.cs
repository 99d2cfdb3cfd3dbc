using Denoising.Abstractions;
using Image = Denoising.Abstractions.Image;

namespace Denoising.Plugins.Datasets.Idx;

/// <summary>MNIST-style IDX image files as one-channel images.</summary>
public sealed class IdxDataset : IDataset
{
    private readonly IdxOptions _options;
    private readonly string _path;

    public IdxDataset(IdxOptions options, ComponentContext context)
    {
        _options = options;
        _path = RequiredPath.File(context.ResolvePath(options.Path), "an IDX image file such as train-images-idx3-ubyte(.gz)");
    }

    public IReadOnlyList<Image> Load(CancellationToken cancellationToken) =>
        IdxImageReader.Read(_path, _options.Limit, cancellationToken);

    public IImageSource Open(CancellationToken cancellationToken) =>
        IdxImageReader.Open(_path, _options.Limit, cancellationToken);
}

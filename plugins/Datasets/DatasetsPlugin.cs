using Denoising.Abstractions;
using Denoising.Plugins.Datasets.Idx;
using Denoising.Plugins.Datasets.ImageFolder;
using Denoising.Plugins.Datasets.Lfw;
using Denoising.Plugins.Datasets.Synthetic;

namespace Denoising.Plugins.Datasets;

/// <summary>Registers the datasets <c>image-folder</c>, <c>lfw</c>, <c>idx</c> and <c>synthetic</c>.</summary>
public sealed class DatasetsPlugin : IDenoisingPlugin
{
    public void Register(IComponentRegistry registry)
    {
        registry.AddDataset<ImageFolderOptions>(
            "image-folder",
            "PNG, JPEG and BMP files of a folder, optionally resized and centre-cropped, gray or RGB.",
            (options, context) => new ImageFolderDataset(options, context));
        registry.AddDataset<LfwOptions>(
            "lfw",
            "Labeled Faces in the Wild, cropped and scaled like scikit-learn's fetch_lfw_people (50x37 gray by default).",
            (options, context) => new LfwDataset(options, context));
        registry.AddDataset<IdxOptions>(
            "idx",
            "MNIST / Fashion-MNIST IDX image file, raw or gzip-compressed.",
            (options, context) => new IdxDataset(options, context));
        registry.AddDataset<SyntheticOptions>(
            "synthetic",
            "Generated gradients with random disks, ellipses, rectangles and stripes; deterministic from the seed.",
            (options, context) => new SyntheticDataset(options, context));
    }
}

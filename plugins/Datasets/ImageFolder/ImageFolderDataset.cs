using Denoising.Abstractions;
using Denoising.Plugins.Datasets.Imaging;
using Microsoft.Extensions.Logging;
using Image = Denoising.Abstractions.Image;
using Rgb24Image = SixLabors.ImageSharp.Image<SixLabors.ImageSharp.PixelFormats.Rgb24>;

namespace Denoising.Plugins.Datasets.ImageFolder;

/// <summary>The images of a folder: optionally resized, then centre-cropped, as gray or RGB.</summary>
public sealed class ImageFolderDataset : IDataset
{
    private readonly ImageFolderOptions _options;
    private readonly string _folder;
    private readonly ParallelImageLoader _loader;
    private readonly ILogger _logger;

    public ImageFolderDataset(ImageFolderOptions options, ComponentContext context)
    {
        _options = options;
        _folder = RequiredPath.Folder(context.ResolvePath(options.Path), "a folder of PNG, JPEG or BMP images");
        _logger = context.LoggerFactory.CreateLogger<ImageFolderDataset>();
        _loader = ParallelImageLoader.For(context, _logger);
    }

    public IReadOnlyList<Image> Load(CancellationToken cancellationToken)
    {
        var scan = ImageFileScanner.Scan(_folder, _options.Recursive, _options.FollowLinksOutside);
        if (scan.LinksOutside > 0)
            _logger.LogWarning("{Folder}: {Count} links out of the folder not followed (follow_links_outside: true follows them)", _folder, scan.LinksOutside);
        if (scan.Duplicates > 0)
            _logger.LogWarning("{Folder}: {Count} further names of images already found (links) left out", _folder, scan.Duplicates);
        if (scan.OutputFolders > 0)
            _logger.LogWarning("{Folder}: {Count} run or sweep folders inside it left out", _folder, scan.OutputFolders);
        var files = scan.Files;
        if (_options.Limit > 0 && files.Count > _options.Limit)
            files = files.Take(_options.Limit).ToList();
        return _loader.Load(files, Convert, _options.SkipUnreadable, cancellationToken);
    }

    private Image Convert(ImageFile file, Rgb24Image decoded)
    {
        if (_options.Resize is { } resize)
            ImageGeometry.Resize(decoded, resize.Width, resize.Height);
        if (_options.Crop is { } crop)
            ImageGeometry.CenterCrop(decoded, crop.Width, crop.Height, file.Path);
        return PlanarPixels.FromRgb24(file.Id, decoded, _options.Color);
    }
}

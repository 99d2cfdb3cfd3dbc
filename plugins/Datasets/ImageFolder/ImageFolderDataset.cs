using Denoising.Abstractions;
using Denoising.Plugins.Datasets.Imaging;
using Microsoft.Extensions.Logging;
using Image = Denoising.Abstractions.Image;
using Rgb24Image = SixLabors.ImageSharp.Image<SixLabors.ImageSharp.PixelFormats.Rgb24>;

namespace Denoising.Plugins.Datasets.ImageFolder;

/// <summary>
/// The images of a folder: optionally resized, then centre-cropped, as gray or RGB. Sizes may differ from image to
/// image unless resize or crop makes them equal. Read image by image (<see cref="Open"/>), they are decoded on demand.
/// </summary>
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

    public IReadOnlyList<Image> Load(CancellationToken cancellationToken) =>
        _loader.Load(Files(), Convert, _options.SkipUnreadable, cancellationToken);

    public IImageSource Open(CancellationToken cancellationToken)
    {
        var files = Files();
        if (_options.SkipUnreadable) // only decoding tells which files are unreadable; the pixels are not kept
            files = _loader.Load(files, (file, _) => file, skipUnreadable: true, cancellationToken);
        return new ImageFileSource(files, Shape, _options.Color, DatasetCache.Create(_options.CacheMb));
    }

    private IReadOnlyList<ImageFile> Files()
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
        return files;
    }

    private Image Convert(ImageFile file, Rgb24Image decoded)
    {
        Shape(file, decoded);
        return PlanarPixels.FromRgb24(file.Id, decoded, _options.Color);
    }

    private void Shape(ImageFile file, Rgb24Image decoded)
    {
        if (_options.Resize is { } resize)
            ImageGeometry.Resize(decoded, resize.Width, resize.Height);
        if (_options.Crop is { } crop)
            ImageGeometry.CenterCrop(decoded, crop.Width, crop.Height, file.Path);
    }
}

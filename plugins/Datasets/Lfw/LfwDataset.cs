using System.Diagnostics;
using Denoising.Abstractions;
using Denoising.Plugins.Datasets.Imaging;
using Microsoft.Extensions.Logging;
using Image = Denoising.Abstractions.Image;
using Rgb24Image = SixLabors.ImageSharp.Image<SixLabors.ImageSharp.PixelFormats.Rgb24>;

namespace Denoising.Plugins.Datasets.Lfw;

/// <summary>
/// Labeled Faces in the Wild faces preprocessed like scikit-learn's <c>fetch_lfw_people</c>: crop
/// (<see cref="LfwFaceCrop"/>), resize in RGB (bicubic, see <see cref="ImageGeometry.Resize"/>), then divide by
/// 255 and, for gray, average R, G and B. Unlike scikit-learn the faces are not shuffled: they come in person
/// and file order.
/// </summary>
public sealed class LfwDataset : IDataset
{
    private readonly LfwOptions _options;
    private readonly string _root;
    private readonly ParallelImageLoader _loader;
    private readonly ILogger _logger;

    public LfwDataset(LfwOptions options, ComponentContext context)
    {
        _options = options;
        _root = RequiredPath.Folder(context.ResolvePath(options.Path), "the LFW folder holding <Person>/<Person>_0001.jpg");
        _logger = context.LoggerFactory.CreateLogger<LfwDataset>();
        _loader = ParallelImageLoader.For(context, _logger);
    }

    public IReadOnlyList<Image> Load(CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var faces = _loader.Load(Photos(), Convert, _options.SkipUnreadable, cancellationToken);
        (var height, var width) = LfwFaceCrop.OutputSize(_options.Resize);
        _logger.LogInformation(
            "Loaded {Count} LFW faces of {People} people ({Height}x{Width} {Color}) from {Root} in {Seconds:F1} s",
            faces.Count, CountPeople(faces.Select(face => face.Id)), height, width, _options.Color, _root, stopwatch.Elapsed.TotalSeconds);
        return faces;
    }

    /// <summary>The faces, decoded when first read and then kept as 8-bit pixels (up to cache_mb).</summary>
    public IImageSource Open(CancellationToken cancellationToken)
    {
        var photos = Photos();
        if (_options.SkipUnreadable) // only decoding tells which files are unreadable; the pixels are not kept
            photos = _loader.Load(photos, (photo, _) => photo, skipUnreadable: true, cancellationToken);
        _logger.LogInformation("LFW: {Count} faces of {People} people in {Root}, read on demand",
            photos.Count, CountPeople(photos.Select(photo => photo.Id)), _root);
        return new ImageFileSource(photos, Shape, _options.Color, DatasetCache.Create(_options.CacheMb));
    }

    private IReadOnlyList<ImageFile> Photos()
    {
        var photos = LfwFolder.Scan(_root, _options.MinFacesPerPerson, _options.FollowLinksOutside);
        return _options.Limit > 0 && photos.Count > _options.Limit ? photos.Take(_options.Limit).ToList() : photos;
    }

    private static int CountPeople(IEnumerable<string> ids) =>
        ids.Select(id => id[..id.IndexOf('/')]).Distinct(StringComparer.Ordinal).Count();

    private Image Convert(ImageFile photo, Rgb24Image decoded)
    {
        Shape(photo, decoded);
        return PlanarPixels.FromRgb24(photo.Id, decoded, _options.Color);
    }

    private void Shape(ImageFile photo, Rgb24Image decoded)
    {
        ImageGeometry.Crop(decoded, LfwFaceCrop.Region, photo.Path);
        (var height, var width) = LfwFaceCrop.OutputSize(_options.Resize);
        ImageGeometry.Resize(decoded, width, height);
    }
}

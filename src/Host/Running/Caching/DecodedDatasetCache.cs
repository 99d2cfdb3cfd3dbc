using System.Diagnostics;
using Denoising.Abstractions;
using Microsoft.Extensions.Logging;

namespace Denoising.Host.Running.Caching;

/// <summary>
/// Decoded datasets shared by the runs of a sweep (a folder given with <c>run --dataset-cache</c>): the first run
/// that needs a dataset decodes every image and writes them to <c>KEY.images</c> (<see cref="DecodedImagesFile"/>,
/// keyed by <see cref="DatasetFingerprint"/>); the next ones read that file instead of decoding. Runs of several
/// processes or machines may share the folder: a builder holds <c>KEY.lock</c> while it decodes, so the others wait
/// and read its file rather than decode the same images at once, and a file that does not check out is ignored and
/// built again, never trusted. A dataset over <see cref="DecodedImagesFile.MaxBytes"/> is read as usual, uncached.
/// </summary>
public sealed class DecodedDatasetCache(string directory, ILogger logger)
{
    public const string Extension = ".images";

    private static readonly TimeSpan LockPoll = TimeSpan.FromMilliseconds(50);

    public string Directory { get; } = Path.GetFullPath(directory);

    /// <summary>The images of the dataset: from its cache file when one checks out, else decoded through <paramref name="open"/> and cached.</summary>
    /// <param name="name">The dataset's name in the experiment, for the log.</param>
    public IImageSource GetOrBuild(string name, DatasetFingerprint fingerprint, Func<IImageSource> open, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var key = fingerprint.Key;
        var path = Path.Combine(Directory, fingerprint.ShortKey + Extension);
        if (TryReuse(name, path, key, clock, out var cached, out var problem))
            return cached;
        System.IO.Directory.CreateDirectory(Directory);
        using (var held = WaitForLock(path + ".lock", cancellationToken))
        {
            // The holder we waited for has written the file, most likely.
            if (TryReuse(name, path, key, clock, out cached, out var again))
                return cached;
            if ((again ?? problem) is { } reason)
                logger.LogWarning("Dataset {Name}: cache file {Path} ignored ({Problem}); decoding again", name, path, reason);
            return Build(name, path, key, open(), clock, cancellationToken);
        }
    }

    private bool TryReuse(string name, string path, byte[] key, Stopwatch clock, out IImageSource source, out string? problem)
    {
        var images = DecodedImagesFile.TryRead(path, key, out problem);
        source = images is null ? null! : ImageSource.Of(images);
        if (images is not null)
            logger.LogInformation("Dataset {Name}: {Count} decoded images reused from {Path} in {Seconds:F2} s", name, images.Count, path, clock.Elapsed.TotalSeconds);
        return images is not null;
    }

    private IImageSource Build(string name, string path, byte[] key, IImageSource source, Stopwatch clock, CancellationToken cancellationToken)
    {
        if (source.Count == 0)
            return source;
        // The first image tells the size of all, near enough to leave a dataset far too large for the cache unread.
        var first = source.Read(0, cancellationToken);
        if (DecodedImagesFile.SizeBound([first]) * (long)source.Count > 2 * DecodedImagesFile.MaxBytes)
        {
            logger.LogInformation("Dataset {Name}: too large to cache ({Count} images like the first, {Height}x{Width}); read on demand", name, source.Count, first.Height, first.Width);
            return source;
        }
        var images = new Image[source.Count];
        images[0] = first;
        // Every core: the runs that wait for this file are idle meanwhile.
        Parallel.For(1, images.Length, new ParallelOptions { CancellationToken = cancellationToken }, i => images[i] = source.Read(i, cancellationToken));
        var decoded = clock.Elapsed.TotalSeconds;
        if (DecodedImagesFile.SizeBound(images) > DecodedImagesFile.MaxBytes)
        {
            logger.LogInformation("Dataset {Name}: {Count} images decoded in {Seconds:F2} s; too large to cache", name, images.Length, decoded);
            return ImageSource.Of(images);
        }
        DecodedImagesFile.Write(path, key, images);
        logger.LogInformation("Dataset {Name}: {Count} images decoded in {Seconds:F2} s and cached in {Path} ({Megabytes:F1} MB, {Write:F2} s)",
            name, images.Length, decoded, path, new FileInfo(path).Length / 1e6, clock.Elapsed.TotalSeconds - decoded);
        return ImageSource.Of(images);
    }

    /// <summary>Takes the builder's lock, waiting while another process holds it (the kernel drops it when that one ends).</summary>
    private static FileStream WaitForLock(string lockPath, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                return new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (File.Exists(lockPath))
            {
                cancellationToken.WaitHandle.WaitOne(LockPoll);
                cancellationToken.ThrowIfCancellationRequested();
            }
        }
    }
}

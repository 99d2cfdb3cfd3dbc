using Denoising.Abstractions;
using Microsoft.Extensions.Logging;
using Rgb24Image = SixLabors.ImageSharp.Image<SixLabors.ImageSharp.PixelFormats.Rgb24>;

namespace Denoising.Plugins.Datasets.Imaging;

/// <summary>
/// Decodes and converts image files on several threads. The result keeps the order of the files, and when
/// several fail the error reported is that of the first failing file, so runs are reproducible.
/// </summary>
public sealed class ParallelImageLoader
{
    private readonly SafeImageDecoder _decoder;
    private readonly int _maxDegreeOfParallelism;
    private readonly ILogger _logger;

    internal ParallelImageLoader(SafeImageDecoder decoder, int maxDegreeOfParallelism, ILogger logger)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDegreeOfParallelism, 1);
        _decoder = decoder;
        _maxDegreeOfParallelism = maxDegreeOfParallelism;
        _logger = logger;
    }

    /// <summary>A loader using <see cref="SafeImageDecoder.Default"/> and the runtime's thread count (all cores when 0).</summary>
    public static ParallelImageLoader For(ComponentContext context, ILogger logger) =>
        new(SafeImageDecoder.Default, ThreadCount(context.Runtime), logger);

    internal static int ThreadCount(RuntimeSettings runtime) =>
        runtime.Threads > 0 ? runtime.Threads : Environment.ProcessorCount;

    /// <summary>
    /// Decodes every file and converts it with <paramref name="convert"/> (which may mutate the decoded image).
    /// With <paramref name="skipUnreadable"/>, files that fail to decode are logged and left out; otherwise the
    /// first one's <see cref="ImageDecodingException"/> is thrown. Conversion errors are always thrown.
    /// </summary>
    public IReadOnlyList<T> Load<T>(
        IReadOnlyList<ImageFile> files,
        Func<ImageFile, Rgb24Image, T> convert,
        bool skipUnreadable,
        CancellationToken cancellationToken)
    {
        var images = new T[files.Count];
        var done = new bool[files.Count];
        var failures = new Exception?[files.Count];
        var parallelOptions = new ParallelOptions
        {
            MaxDegreeOfParallelism = _maxDegreeOfParallelism,
            CancellationToken = cancellationToken,
        };
        Parallel.For(0, files.Count, parallelOptions, (index, loop) =>
        {
            try
            {
                using var decoded = _decoder.DecodeRgb24(files[index].Path);
                images[index] = convert(files[index], decoded);
                done[index] = true;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                failures[index] = e;
                if (!(skipUnreadable && e is ImageDecodingException))
                    loop.Break(); // still runs every earlier file, so the first failure is found
            }
        });

        var loaded = new List<T>(files.Count);
        for (var index = 0; index < files.Count; index++)
        {
            var failure = failures[index];
            if (failure is ImageDecodingException && skipUnreadable)
                _logger.LogWarning("Skipping unreadable image: {Reason}", failure.Message);
            else if (failure is not null)
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
            else if (done[index])
                loaded.Add(images[index]);
        }

        return loaded;
    }
}

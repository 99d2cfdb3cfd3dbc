using SixLabors.ImageSharp;

namespace Denoising.Host.Applying;

/// <summary>A tile of a large image: the part the network sees and the part of its output that is kept.</summary>
/// <param name="Context">The pixels given to the denoiser: the core plus up to the overlap on each side.</param>
/// <param name="Core">The pixels taken from its output; the cores of all tiles cover the image once.</param>
public readonly record struct Tile(Rectangle Context, Rectangle Core);

/// <summary>
/// Splits an image into overlapping tiles so that memory stays bounded whatever the image size. Each tile's output
/// is cropped to its core, whose every pixel had <c>overlap</c> pixels of real neighbours (or the image border) on
/// each side, so for a network whose receptive field reaches no further the result is the whole image's. Tile and
/// overlap are multiples of <see cref="Alignment"/>, so every tile starts on the pooling grid of a network that
/// downsamples up to 16 times, as the whole image does.
/// </summary>
public static class ImageTiles
{
    public const int Alignment = 16;

    public static void Validate(int tileSize, int overlap)
    {
        if (tileSize <= 0 || overlap < 0 || tileSize % Alignment != 0 || overlap % Alignment != 0)
            throw new ArgumentException($"tile size ({tileSize}) and overlap ({overlap}) must be multiples of {Alignment} (overlap may be 0).");
        if (tileSize <= 2 * overlap)
            throw new ArgumentException($"tile size ({tileSize}) must be more than twice the overlap ({overlap}).");
    }

    public static IReadOnlyList<Tile> Layout(int width, int height, int tileSize, int overlap)
    {
        Validate(tileSize, overlap);
        var tiles = new List<Tile>();
        foreach (var (rowContext, rowCore) in Spans(height, tileSize, overlap))
        {
            foreach (var (columnContext, columnCore) in Spans(width, tileSize, overlap))
                tiles.Add(new Tile(
                    new Rectangle(columnContext.Start, rowContext.Start, columnContext.Length, rowContext.Length),
                    new Rectangle(columnCore.Start, rowCore.Start, columnCore.Length, rowCore.Length)));
        }
        return tiles;
    }

    private static IEnumerable<((int Start, int Length) Context, (int Start, int Length) Core)> Spans(int length, int tileSize, int overlap)
    {
        if (length <= tileSize)
        {
            yield return ((0, length), (0, length));
            yield break;
        }
        var core = tileSize - 2 * overlap;
        for (var start = 0; start < length; start += core)
        {
            var end = Math.Min(start + core, length);
            var contextStart = Math.Max(0, start - overlap);
            var contextEnd = Math.Min(length, end + overlap);
            yield return ((contextStart, contextEnd - contextStart), (start, end - start));
        }
    }
}

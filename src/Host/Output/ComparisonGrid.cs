using Denoising.Host.Evaluation;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using DenoisingImage = Denoising.Abstractions.Image;

namespace Denoising.Host.Output;

/// <summary>
/// A PNG that shows the same example images in several sets, one set per row, in the order given
/// (by convention clean, noisy, denoised...). Columns are <see cref="ComparisonGridOptions.Columns"/> ids spread
/// evenly over the first row's ids in ordinal order (so a set sorted by person shows several people); every other
/// row must hold those ids, each with the first row's shape for it. Images may differ in size: every tile shows the
/// centred h x w crop of its image, h and w being the smallest shown height and width, at most
/// <see cref="ComparisonGridOptions.Crop"/>, so large images show their pixels rather than shrinking away.
/// Layout, with s = Scale, g = Gap: tile (row r, column c) has its top-left pixel at (g + c (w s + g), g + r (h s + g));
/// the canvas is (g + columns (w s + g)) x (g + rows (h s + g)); background white. The image holds pixels only: the
/// row names and shown ids go to a <see cref="ComparisonGridLayout"/> beside it, which the run report labels it from.
/// Gray images show as gray, three-channel images as RGB; values are clamped to [0, 1].
/// </summary>
public static class ComparisonGrid
{
    public static readonly Rgb24 Background = new(255, 255, 255);

    /// <summary>Writes the PNG and, beside it, its layout (<paramref name="layoutPath"/>).</summary>
    public static void Save(string path, string layoutPath, IReadOnlyList<NamedImageSet> rows, ComparisonGridOptions options)
    {
        var (canvas, layout) = Draw(rows, options);
        using (canvas)
            AtomicFile.Write(path, stream => canvas.SaveAsPng(stream));
        JsonFiles.Write(layoutPath, layout);
    }

    public static Image<Rgb24> Render(IReadOnlyList<NamedImageSet> rows, ComparisonGridOptions options) => Draw(rows, options).Canvas;

    public static (Image<Rgb24> Canvas, ComparisonGridLayout Layout) Draw(IReadOnlyList<NamedImageSet> rows, ComparisonGridOptions options)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var (ids, tiles) = SelectTiles(rows, options.Columns);
        var height = Math.Min(options.Crop, tiles[0].Min(image => image.Height));
        var width = Math.Min(options.Crop, tiles[0].Min(image => image.Width));
        int scale = options.Scale, gap = options.Gap;
        var layout = new ComparisonGridLayout(rows.Select(row => row.Name).ToList(), ids, width * scale, height * scale, gap);

        var canvas = new Image<Rgb24>(layout.Width, layout.Height, Background);
        for (var row = 0; row < rows.Count; row++)
        {
            for (var column = 0; column < ids.Length; column++)
                DrawTile(canvas, tiles[row][column], height, width, layout.TileLeft(column), layout.TileTop(row), scale);
        }
        return (canvas, layout);
    }

    /// <summary>At most <paramref name="count"/> items at evenly spaced positions, first included, order kept.</summary>
    private static string[] SpreadEvenly(string[] sorted, int count) =>
        sorted.Length <= count
            ? sorted
            : Enumerable.Range(0, count).Select(i => sorted[(int)((long)i * sorted.Length / count)]).ToArray();

    /// <summary>The shown ids and tiles[row][column], after checking that every row holds those ids with one shape.</summary>
    private static (string[] Ids, DenoisingImage[][] Tiles) SelectTiles(IReadOnlyList<NamedImageSet> rows, int columns)
    {
        if (rows.Count == 0 || rows[0].Images.Count == 0)
            throw new ArgumentException("Comparison grid: the first row must hold at least one image.", nameof(rows));
        var ids = SpreadEvenly(rows[0].Images.Select(image => image.Id).Order(StringComparer.Ordinal).ToArray(), columns);
        var firstRow = rows[0].Images.Where(image => ids.Contains(image.Id)).ToDictionary(image => image.Id, StringComparer.Ordinal);
        return (ids, rows.Select(row =>
        {
            var byId = row.Images.ToLookup(image => image.Id, StringComparer.Ordinal);
            return ids.Select(id =>
            {
                var image = byId[id].FirstOrDefault()
                            ?? throw new ArgumentException(
                                $"Comparison grid: row '{row.Name}' has no image '{id}' (shown from row '{rows[0].Name}').");
                var first = firstRow[id];
                if (image.Height != first.Height || image.Width != first.Width)
                    throw new ArgumentException(
                        $"Comparison grid: row '{row.Name}' image {image} is not {first.Height}x{first.Width} like {first}.");
                if (image.Channels is not (1 or 3))
                    throw new ArgumentException(
                        $"Comparison grid: row '{row.Name}' image {image} has {image.Channels} channels; 1 or 3 expected.");
                return image;
            }).ToArray();
        }).ToArray());
    }

    /// <summary>Draws the centred <paramref name="height"/> x <paramref name="width"/> crop of <paramref name="image"/>.</summary>
    private static void DrawTile(Image<Rgb24> canvas, DenoisingImage image, int height, int width, int left, int top, int scale)
    {
        var plane = image.Height * image.Width;
        var green = image.Channels == 3 ? plane : 0;
        var blue = image.Channels == 3 ? 2 * plane : 0;
        var (rowOffset, columnOffset) = ((image.Height - height) / 2, (image.Width - width) / 2);
        for (var y = 0; y < height * scale; y++)
        {
            for (var x = 0; x < width * scale; x++)
            {
                var source = (rowOffset + y / scale) * image.Width + columnOffset + x / scale;
                canvas[left + x, top + y] = new Rgb24(
                    ToByte(image.Pixels[source]), ToByte(image.Pixels[green + source]), ToByte(image.Pixels[blue + source]));
            }
        }
    }

    private static byte ToByte(float value) =>
        float.IsNaN(value) ? (byte)0 : (byte)MathF.Round(Math.Clamp(value, 0f, 1f) * 255f);
}

using Denoising.Host.Evaluation;
using Denoising.Host.Output;
using Denoising.Tests.Evaluation;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Denoising.Tests.Output;

public sealed class ComparisonGridTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private const int Height = 3, Width = 2;

    [Fact]
    public void Tiles_are_scaled_by_nearest_neighbour_in_id_order_with_gaps()
    {
        var options = new ComparisonGridOptions { Columns = 2, Scale = 3, Gap = 1 };
        // Ids "c", "a", "b": columns show "a" then "b"; pixel value encodes the id and position.
        NamedImageSet clean = new("clean", [Gray("c", 0.8), Gray("a", 0.2), Gray("b", 0.4)]);
        NamedImageSet noisy = new("noisy", [Gray("b", 0.6), Gray("a", 0.0), Gray("c", 1.0)]);

        using var grid = ComparisonGrid.Render([clean, noisy], options);

        Assert.Equal(1 + 2 * (Width * 3 + 1), grid.Width);
        Assert.Equal(1 + 2 * (Height * 3 + 1), grid.Height);
        // Row 1 ("noisy"), column 1 ("b"): top-left at (1 + 7, 1 + 10); pixel (i=2, j=1) covers a 3x3 block.
        for (var dy = 0; dy < 3; dy++)
            for (var dx = 0; dx < 3; dx++)
                Assert.Equal(Gray(GrayValue(0.6, 2, 1)), grid[8 + 3 + dx, 11 + 6 + dy]);
        Assert.Equal(Gray(GrayValue(0.2, 0, 0)), grid[1, 1]);
        Assert.Equal(ComparisonGrid.Background, grid[0, 0]);
        Assert.Equal(ComparisonGrid.Background, grid[7, 5]); // gap between the columns
        Assert.Equal(ComparisonGrid.Background, grid[4, 10]); // gap between the rows
    }

    [Fact]
    public void Rgb_channels_keep_their_colour_and_values_are_clamped()
    {
        var options = new ComparisonGridOptions { Columns = 1, Scale = 1, Gap = 0 };
        var rgb = TestImages.FromFormula("x", 3, Height, Width, (c, _, _) => c switch { 0 => 1.5, 1 => 0.5, _ => -1 });

        using var grid = ComparisonGrid.Render([new("rgb", [rgb])], options);

        Assert.Equal((Width, Height), (grid.Width, grid.Height));
        Assert.Equal(new Rgb24(255, 128, 0), grid[1, 2]);
    }

    [Fact]
    public void Layout_names_the_rows_and_shown_ids_and_places_every_tile()
    {
        var options = new ComparisonGridOptions { Columns = 2, Scale = 2, Gap = 3 };
        NamedImageSet clean = new("clean", [Gray("c", 0.1), Gray("a", 0.2), Gray("b", 0.3)]);
        NamedImageSet noisy = new("noisy", [Gray("a", 0.5), Gray("b", 0.7), Gray("c", 0.9)]);

        var (canvas, layout) = ComparisonGrid.Draw([clean, noisy], options);

        using (canvas)
        {
            Assert.Equal(["clean", "noisy"], layout.Rows);
            Assert.Equal(["a", "b"], layout.Ids);
            Assert.Equal((Width * 2, Height * 2), (layout.TileWidth, layout.TileHeight));
            Assert.Equal((canvas.Width, canvas.Height), (layout.Width, layout.Height));
            // The top-left pixel of the tile the layout places at (noisy, b) is noisy's "b" (base 0.7).
            Assert.Equal(Gray(GrayValue(0.7, 0, 0)), canvas[layout.TileLeft(1), layout.TileTop(1)]);
            Assert.Equal(ComparisonGrid.Background, canvas[layout.TileLeft(1) - 1, layout.TileTop(1)]);
        }
    }

    [Fact]
    public void Save_writes_the_layout_beside_the_png()
    {
        NamedImageSet[] rows = [new("clean", [Gray("a", 0.1)]), new("denoised-sp02", [Gray("a", 0.3)])];
        var png = _temp.PathOf("grid.png");
        var json = _temp.PathOf("grid.json");

        ComparisonGrid.Save(png, json, rows, new ComparisonGridOptions { Scale = 1, Gap = 0 });

        var layout = JsonFiles.Read<ComparisonGridLayout>(json);
        using var saved = Image.Load<Rgb24>(png);
        Assert.Equal(["clean", "denoised-sp02"], layout.Rows);
        Assert.Equal((Width, 2 * Height), (saved.Width, saved.Height)); // pixels only: no label column
    }

    [Fact]
    public void Rows_missing_a_shown_id_or_with_another_size_are_rejected()
    {
        var options = new ComparisonGridOptions { Columns = 2 };
        NamedImageSet clean = new("clean", [Gray("a", 0.1), Gray("b", 0.2)]);

        var missing = Assert.Throws<ArgumentException>(
            () => ComparisonGrid.Render([clean, new("denoised", [Gray("a", 0.1)])], options));
        Assert.Contains("'denoised'", missing.Message);
        Assert.Contains("'b'", missing.Message);

        var resized = TestImages.Constant("b", 1, Height + 1, Width, 0.3);
        var mismatch = Assert.Throws<ArgumentException>(
            () => ComparisonGrid.Render([clean, new("noisy", [Gray("a", 0.1), resized])], options));
        Assert.Contains("'noisy'", mismatch.Message);
    }

    [Fact]
    public void Images_of_different_sizes_show_their_centre_crops_at_the_smallest_size_within_the_crop_limit()
    {
        var options = new ComparisonGridOptions { Columns = 2, Scale = 1, Gap = 0, Crop = 4 };
        var wide = TestImages.FromFormula("a", 1, 6, 10, (_, y, x) => (y * 10 + x) / 100.0);
        var tall = TestImages.FromFormula("b", 1, 10, 5, (_, y, x) => (y * 5 + x) / 100.0);

        using var grid = ComparisonGrid.Render([new("clean", [wide, tall])], options);

        Assert.Equal((8, 4), (grid.Width, grid.Height));
        Assert.Equal(Gray(wide.Pixels[1 * 10 + 3]), grid[0, 0]); // rows 1..4, columns 3..6 of "a"
        Assert.Equal(Gray(tall.Pixels[3 * 5 + 0]), grid[4, 0]); // rows 3..6, columns 0..3 of "b"
        Assert.Equal(Gray(tall.Pixels[6 * 5 + 3]), grid[7, 3]);
    }

    [Fact]
    public void Saves_a_png_with_the_rendered_pixels()
    {
        var options = new ComparisonGridOptions { Columns = 3, Scale = 2 };
        NamedImageSet[] rows = [new("clean", [Gray("a", 0.1), Gray("b", 0.3)]), new("noisy", [Gray("b", 0.9), Gray("a", 0.7)])];
        var path = _temp.PathOf("grid.png");

        ComparisonGrid.Save(path, _temp.PathOf("grid.json"), rows, options);

        using var saved = Image.Load<Rgb24>(path);
        using var rendered = ComparisonGrid.Render(rows, options);
        Assert.Equal((rendered.Width, rendered.Height), (saved.Width, saved.Height));
        for (var y = 0; y < saved.Height; y++)
            for (var x = 0; x < saved.Width; x++)
                Assert.Equal(rendered[x, y], saved[x, y]);
        Assert.Equal([_temp.PathOf("grid.json"), path], Directory.GetFiles(_temp.Path).Order());
    }

    [Theory]
    [InlineData(0, 4, 2)]
    [InlineData(4, 0, 2)]
    [InlineData(4, 4, -1)]
    public void Invalid_options_are_rejected(int columns, int scale, int gap)
    {
        var options = new ComparisonGridOptions { Columns = columns, Scale = scale, Gap = gap };

        Assert.Throws<ArgumentException>(() => ComparisonGrid.Render([new("clean", [Gray("a", 0.1)])], options));
    }

    [Fact]
    public void Columns_are_spread_evenly_over_a_larger_set_in_id_order()
    {
        var options = new ComparisonGridOptions { Columns = 3, Scale = 1, Gap = 0 };
        var images = Enumerable.Range(0, 9).Select(i => Gray($"id{i}", i / 10.0)).Reverse().ToList();

        using var grid = ComparisonGrid.Render([new("clean", images)], options);

        Assert.Equal(3 * Width, grid.Width);
        Assert.Equal([Gray(GrayValue(0.0, 0, 0)), Gray(GrayValue(0.3, 0, 0)), Gray(GrayValue(0.6, 0, 0))],
            new[] { grid[0, 0], grid[Width, 0], grid[2 * Width, 0] });
    }

    /// <summary>A gray image whose pixel (i, j) is base + (i * Width + j) / 100.</summary>
    private static Denoising.Abstractions.Image Gray(string id, double value) =>
        TestImages.FromFormula(id, 1, Height, Width, (_, i, j) => GrayValue(value, i, j));

    private static double GrayValue(double value, int i, int j) => value + (i * Width + j) / 100.0;

    private static Rgb24 Gray(double value)
    {
        var level = (byte)Math.Round(Math.Clamp((float)value, 0, 1) * 255);
        return new Rgb24(level, level, level);
    }
}

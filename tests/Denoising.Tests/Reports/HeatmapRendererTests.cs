using Denoising.Host.Output;
using Denoising.Host.Reports;
using Denoising.Tests.TestSupport;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Denoising.Tests.Reports;

public sealed class HeatmapRendererTests
{
    private static readonly Heatmap Sample = new(
        "h.png", "psnr arch=dense-ae", "rows: train, columns: input",
        ["gaussian-0.1", "salt-and-pepper-0.2"], ["denoised-g01", "denoised-g03", "denoised-sp02"],
        new double?[,] { { 30.0, 25.0, null }, { 20.0, 22.5, 27.5 } }, 2);

    [Fact]
    public void Cells_take_the_scale_colour_of_their_value_and_missing_ones_are_gray()
    {
        using var image = HeatmapRenderer.Render(Sample);
        var layout = HeatmapLayout.For(Sample);
        Rgb24 CellCorner(int r, int c) => image[layout.CellLeft(c) + 1, layout.CellTop(r) + 1];

        Assert.Equal((layout.Width, layout.Height), (image.Width, image.Height));
        Assert.Equal(ColorScale.At(1), CellCorner(0, 0));   // 30: the largest
        Assert.Equal(ColorScale.At(0), CellCorner(1, 0));   // 20: the smallest
        Assert.Equal(ColorScale.At(0.25), CellCorner(1, 1));
        Assert.Equal(HeatmapRenderer.Missing, CellCorner(0, 2));
        Assert.Equal(HeatmapRenderer.Background, image[layout.CellLeft(1) - 1, layout.CellTop(0) + 1]); // the line between cells
    }

    [Fact]
    public void Labels_values_and_title_are_drawn_in_ink()
    {
        using var image = HeatmapRenderer.Render(Sample);
        var layout = HeatmapLayout.For(Sample);

        int InkIn(int left, int top, int width, int height, Rgb24 ink)
        {
            var count = 0;
            for (var y = top; y < top + height; y++)
                for (var x = left; x < left + width; x++)
                    count += image[x, y].Equals(ink) ? 1 : 0;
            return count;
        }

        Assert.True(InkIn(0, 0, image.Width, HeatmapLayout.Margin + HeatmapLayout.TextHeight, HeatmapRenderer.Ink) > 50);     // title
        Assert.True(InkIn(0, layout.GridTop, layout.GridLeft, layout.CellHeight, HeatmapRenderer.Ink) > 50);                  // row label
        Assert.True(InkIn(layout.CellLeft(0), layout.CellTop(0), layout.CellWidth, layout.CellHeight, HeatmapRenderer.Ink) > 20); // "30.00" on yellow
        Assert.True(InkIn(layout.CellLeft(0), layout.CellTop(1), layout.CellWidth, layout.CellHeight, HeatmapRenderer.Background) > 20); // white on purple
        Assert.True(layout.CellWidth >= PixelText.Width("denoised-sp02", HeatmapLayout.FontScale));
    }

    [Fact]
    public void Saved_png_decodes_to_the_same_image()
    {
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.Path, "heatmap.png");

        HeatmapRenderer.Save(path, Sample);

        using var saved = Image.Load<Rgb24>(path);
        using var rendered = HeatmapRenderer.Render(Sample);
        Assert.Equal((rendered.Width, rendered.Height), (saved.Width, saved.Height));
        Assert.Equal(rendered[rendered.Width / 2, rendered.Height / 2], saved[saved.Width / 2, saved.Height / 2]);
        Assert.Single(Directory.GetFiles(temp.Path)); // no temporary file left
    }
}

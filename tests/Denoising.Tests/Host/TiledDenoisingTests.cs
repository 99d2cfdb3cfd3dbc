using Denoising.Abstractions;
using Denoising.Host.Applying;
using Denoising.Tests.Evaluation;

namespace Denoising.Tests.Host;

public sealed class TiledDenoisingTests
{
    [Fact]
    public void Tiles_with_overlap_give_the_whole_image_result_and_small_images_go_whole_in_order()
    {
        var large = TestImages.FromFormula("large", 2, 70, 45, (c, y, x) => Math.Sin(c + y * 0.3) * Math.Cos(x * 0.7) * 0.5 + 0.5);
        var small = TestImages.FromFormula("small", 1, 20, 12, (_, y, x) => (y + x) / 40.0);
        var denoiser = new BoxMean();

        var tiled = TiledDenoising.Denoise(denoiser, [small, large, small], tileSize: 48, overlap: 16, CancellationToken.None);

        var largestSide = denoiser.LargestSide;

        Assert.True(largestSide <= 48, $"the denoiser saw a side of {largestSide}");
        Assert.Equal(["small", "large", "small"], tiled.Select(image => image.Id));
        Assert.Equal(denoiser.Denoise([large], CancellationToken.None)[0].Pixels, tiled[1].Pixels);
        Assert.Equal(denoiser.Denoise([small], CancellationToken.None)[0].Pixels, tiled[0].Pixels);
    }

    /// <summary>3x3 mean with the border replicated: each output pixel depends on its neighbours only.</summary>
    private sealed class BoxMean : IDenoiser
    {
        public int LargestSide { get; private set; }

        public IReadOnlyList<Image> Denoise(IReadOnlyList<Image> noisy, CancellationToken cancellationToken) =>
            noisy.Select(image =>
            {
                LargestSide = Math.Max(LargestSide, Math.Max(image.Height, image.Width));
                return TestImages.FromFormula(image.Id, image.Channels, image.Height, image.Width, (c, y, x) =>
                {
                    var sum = 0.0;
                    for (var dy = -1; dy <= 1; dy++)
                        for (var dx = -1; dx <= 1; dx++)
                            sum += image.Pixels[(c * image.Height + Math.Clamp(y + dy, 0, image.Height - 1)) * image.Width + Math.Clamp(x + dx, 0, image.Width - 1)];
                    return sum / 9;
                });
            }).ToList();
    }
}

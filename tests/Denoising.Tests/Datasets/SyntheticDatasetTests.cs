using Denoising.Plugins.Datasets.Synthetic;
using Image = Denoising.Abstractions.Image;

namespace Denoising.Tests.Datasets;

public sealed class SyntheticDatasetTests
{
    private static IReadOnlyList<Image> Load(SyntheticOptions options, int threads = 0) =>
        new SyntheticDataset(options, TestContexts.For(".", threads)).Load(CancellationToken.None);

    private static double Variance(float[] values)
    {
        double mean = values.Average();
        return values.Average(value => (value - mean) * (value - mean));
    }

    [Fact]
    public void Same_seed_gives_the_same_images_whatever_the_thread_count()
    {
        var first = Load(new SyntheticOptions { Count = 50, Seed = 7 }, threads: 1);
        var second = Load(new SyntheticOptions { Count = 50, Seed = 7 }, threads: 4);

        Assert.Equal(first.Select(image => image.Id), second.Select(image => image.Id));
        for (var i = 0; i < first.Count; i++)
            Assert.Equal(first[i].Pixels, second[i].Pixels);
    }

    [Fact]
    public void Other_seed_gives_other_images()
    {
        var first = Load(new SyntheticOptions { Count = 5, Seed = 1 });
        var second = Load(new SyntheticOptions { Count = 5, Seed = 2 });

        Assert.All(first.Zip(second), pair => Assert.NotEqual(pair.First.Pixels, pair.Second.Pixels));
    }

    [Fact]
    public void Images_have_the_requested_shape_and_values_in_unit_range()
    {
        var images = Load(new SyntheticOptions { Count = 20, Height = 12, Width = 20, Channels = 3 });

        Assert.Equal(20, images.Count);
        Assert.Equal("00", images[0].Id);
        Assert.All(images, image =>
        {
            Assert.Equal((3, 12, 20), (image.Channels, image.Height, image.Width));
            Assert.All(image.Pixels, value => Assert.InRange(value, 0f, 1f));
        });
    }

    [Fact]
    public void Images_have_structure_and_differ_from_each_other()
    {
        var images = Load(new SyntheticOptions { Count = 200 });

        var meanVariance = images.Average(image => Variance(image.Pixels));
        Assert.True(meanVariance > 0.01, $"mean per-image variance {meanVariance} is too low to be worth denoising");
        Assert.True(images.Count(image => Variance(image.Pixels) < 1e-4) < 5, "too many flat images");
        Assert.Equal(images.Count, images.Select(image => image.Pixels.Sum()).Distinct().Count());
    }

    [Fact]
    public void Neighbouring_pixels_are_mostly_similar()
    {
        // Piecewise smooth: most horizontal neighbours are close, unlike noise.
        var image = Load(new SyntheticOptions { Count = 1, Height = 64, Width = 64, Seed = 3 })[0];

        int close = 0, pairs = 0;
        for (var y = 0; y < 64; y++)
            for (var x = 1; x < 64; x++, pairs++)
                close += Math.Abs(image.Pixels[y * 64 + x] - image.Pixels[y * 64 + x - 1]) < 0.05 ? 1 : 0;
        Assert.True(close > pairs * 0.8, $"{close} of {pairs} neighbours are close");
    }
}

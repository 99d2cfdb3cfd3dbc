using Denoising.Abstractions;
using Denoising.Plugins.Classical;

namespace Denoising.Tests.Classical;

public sealed class ClassicalDenoiserTests
{
    [Fact]
    public void Kernel_is_normalised_symmetric_and_as_wide_as_scipy_makes_it()
    {
        var kernel = GaussianKernel.Create(sigma: 1.0, truncate: 4.0);

        Assert.Equal(9, kernel.Length);
        Assert.Equal(1.0, kernel.Sum(), 5);
        Assert.Equal(kernel, kernel.Reverse());
        Assert.Equal(Math.Exp(-0.5), kernel[5] / kernel[4], 5);
    }

    [Theory]
    [InlineData(-1, 0)]
    [InlineData(-2, 1)]
    [InlineData(5, 4)]
    [InlineData(6, 3)]
    [InlineData(2, 2)]
    public void Borders_mirror_the_edge_sample(int index, int expected) =>
        Assert.Equal(expected, GaussianBlurDenoiser.Mirror(index, 5));

    [Fact]
    public void An_impulse_becomes_the_outer_product_of_the_kernel_and_keeps_its_mass()
    {
        var pixels = new float[21 * 21];
        pixels[10 * 21 + 10] = 1f;
        using var blur = new GaussianBlurDenoiser(1.0, 4.0);

        var output = blur.Denoise([new Image("dot", 1, 21, 21, pixels)], CancellationToken.None).Single();

        var kernel = GaussianKernel.Create(1.0, 4.0);
        Assert.Equal(kernel[4] * kernel[4], output.Pixels[10 * 21 + 10], 6);
        Assert.Equal(kernel[4] * kernel[6], output.Pixels[10 * 21 + 12], 6);
        Assert.Equal(1.0, output.Pixels.Sum(), 4);
        Assert.Equal("dot", output.Id);
    }

    [Fact]
    public void Blur_keeps_a_flat_image_and_removes_most_of_its_noise()
    {
        var random = new Random(1);
        var clean = Enumerable.Repeat(0.5f, 2 * 40 * 40).ToArray();
        var noisy = clean.Select(v => v + (float)(0.1 * (random.NextDouble() * 2 - 1) * Math.Sqrt(3))).ToArray();
        using var blur = new GaussianBlurDenoiser(1.5, 4.0);

        var flat = blur.Denoise([new Image("flat", 2, 40, 40, clean)], CancellationToken.None).Single();
        var smoothed = blur.Denoise([new Image("noisy", 2, 40, 40, noisy)], CancellationToken.None).Single();

        Assert.All(flat.Pixels, v => Assert.Equal(0.5f, v, 5));
        Assert.True(StandardDeviation(smoothed.Pixels) < 0.1 / 3, $"std after blur {StandardDeviation(smoothed.Pixels):F4}");
    }

    [Fact]
    public void Identity_returns_equal_copies()
    {
        var image = new Image("a", 1, 2, 2, [0.1f, 0.2f, 0.3f, 0.4f]);
        using var identity = new IdentityDenoiser();

        var copy = identity.Denoise([image], CancellationToken.None).Single();

        Assert.Equal(image.Pixels, copy.Pixels);
        Assert.NotSame(image.Pixels, copy.Pixels);
    }

    private static double StandardDeviation(float[] values)
    {
        var mean = values.Average();
        return Math.Sqrt(values.Average(v => (v - mean) * (v - mean)));
    }
}

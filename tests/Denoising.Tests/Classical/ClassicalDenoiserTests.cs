using Denoising.Abstractions;
using Denoising.Common;
using Denoising.Plugins.Classical;
using Denoising.Tests.TestSupport;

namespace Denoising.Tests.Classical;

public sealed class ClassicalDenoiserTests
{
    [Fact]
    public void Blur_gives_scipys_gaussian_filter_of_float32_images()
    {
        // scipy.ndimage.gaussian_filter(x.astype(np.float32), 1.0, truncate=4.0, mode='reflect') of ScipyPattern
        // (SciPy 1.10.1, Debian bookworm python3-scipy): float32 output, double arithmetic inside.
        float[] expected =
        [
            0.2926570773124695f, 0.4717826545238495f, 0.5978148579597473f, 0.595196545124054f, 0.5547259449958801f, 0.5132267475128174f, 0.5063333511352539f,
            0.38165926933288574f, 0.45924004912376404f, 0.5380455255508423f, 0.559924840927124f, 0.5228267908096313f, 0.47245851159095764f, 0.41534996032714844f,
            0.47352999448776245f, 0.45123475790023804f, 0.5004252195358276f, 0.5530861020088196f, 0.5348690152168274f, 0.4883023500442505f, 0.43223679065704346f,
            0.4862029552459717f, 0.44457894563674927f, 0.4611949026584625f, 0.5263113379478455f, 0.5565459728240967f, 0.5339804291725159f, 0.5385774970054626f,
            0.3940630257129669f, 0.39340317249298096f, 0.39894726872444153f, 0.5010687112808228f, 0.5990011692047119f, 0.6023735404014587f, 0.64882493019104f,
        ];
        var pixels = ScipyPattern.Values().Select(value => (float)value).ToArray();
        var image = new Image("x", 1, ScipyPattern.Height, ScipyPattern.Width, pixels);

        var output = new GaussianBlurDenoiser(1.0, 4.0).Denoise([image], CancellationToken.None).Single();

        Assert.Equal(expected, output.Pixels, (a, b) => Math.Abs(a - b) <= 1e-7f);
    }

    [Theory]
    // scipy.ndimage.median_filter(x.astype(np.float32), size, mode='reflect') of ScipyPattern (SciPy 1.10.1); size 4 is
    // centred one sample after the middle and takes the upper median, as scipy does.
    [InlineData(3, new[] { 3, 5, 5, 7, 4, 6, 6, 3, 5, 5, 5, 6, 4, 3, 6, 5, 5, 5, 6, 4, 3, 6, 5, 5, 5, 5, 6, 6, 3, 3, 5, 5, 5, 7, 6 })]
    [InlineData(4, new[] { 5, 3, 5, 7, 6, 6, 6, 5, 5, 5, 5, 6, 6, 6, 5, 5, 5, 5, 6, 6, 6, 6, 5, 5, 5, 5, 6, 6, 6, 5, 5, 5, 5, 6, 7 })]
    public void Median_gives_scipys_median_filter(int size, int[] tenths)
    {
        var pixels = ScipyPattern.Values().Select(value => (float)value).ToArray();
        var image = new Image("x", 1, ScipyPattern.Height, ScipyPattern.Width, pixels);

        var output = new MedianDenoiser(size).Denoise([image], CancellationToken.None).Single();

        Assert.Equal(tenths.Select(t => (float)(t / 10.0)), output.Pixels);
    }

    [Fact]
    public void A_3x3_median_removes_isolated_salt_and_pepper_from_each_channel()
    {
        var pixels = Enumerable.Repeat(0.5f, 2 * 6 * 6).ToArray();
        pixels[2 * 6 + 3] = 1f; // salt in channel 0
        pixels[36 + 4 * 6 + 1] = 0f; // pepper in channel 1
        var image = new Image("x", 2, 6, 6, pixels);

        var output = new MedianDenoiser(3).Denoise([image], CancellationToken.None).Single();

        Assert.All(output.Pixels, value => Assert.Equal(0.5f, value));
    }

    [Fact]
    public void A_kernel_narrower_than_half_a_pixel_leaves_the_image_as_scipy_does()
    {
        var image = new Image("x", 1, 3, 3, [0.1f, 0.9f, 0.2f, 0.8f, 0.3f, 0.7f, 0.4f, 0.6f, 0.5f]);

        var output = new GaussianBlurDenoiser(0.1, 4.0).Denoise([image], CancellationToken.None).Single();

        Assert.Equal(image.Pixels, output.Pixels);
    }

    [Fact]
    public void An_impulse_becomes_the_outer_product_of_the_kernel_and_keeps_its_mass()
    {
        var pixels = new float[21 * 21];
        pixels[10 * 21 + 10] = 1f;
        var blur = new GaussianBlurDenoiser(1.0, 4.0);

        var output = blur.Denoise([new Image("dot", 1, 21, 21, pixels)], CancellationToken.None).Single();

        var kernel = new GaussianFilter(1.0, 4.0).Weights;
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
        var blur = new GaussianBlurDenoiser(1.5, 4.0);

        var flat = blur.Denoise([new Image("flat", 2, 40, 40, clean)], CancellationToken.None).Single();
        var smoothed = blur.Denoise([new Image("noisy", 2, 40, 40, noisy)], CancellationToken.None).Single();

        Assert.All(flat.Pixels, v => Assert.Equal(0.5f, v, 5));
        Assert.True(StandardDeviation(smoothed.Pixels) < 0.1 / 3, $"std after blur {StandardDeviation(smoothed.Pixels):F4}");
    }

    [Fact]
    public void Identity_returns_equal_copies()
    {
        var image = new Image("a", 1, 2, 2, [0.1f, 0.2f, 0.3f, 0.4f]);
        var identity = new IdentityDenoiser();

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

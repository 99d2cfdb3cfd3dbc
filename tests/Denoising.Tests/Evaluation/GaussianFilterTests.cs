using Denoising.Common;
using Denoising.Tests.TestSupport;

namespace Denoising.Tests.Evaluation;

/// <summary>
/// The one Gaussian filter (src/Common) that SSIM and the gaussian-blur denoiser link. Reference numbers from SciPy 1.10.1
/// (Debian bookworm python3-scipy): scipy.ndimage._filters._gaussian_kernel1d(sigma, 0, int(truncate * sigma + 0.5))
/// and scipy.ndimage.gaussian_filter(x, sigma, truncate=truncate, mode='reflect').
/// </summary>
public sealed class GaussianFilterTests
{
    private readonly GaussianFilter _filter = new(sigma: 1.5, truncate: 3.5);

    public static TheoryData<double, double, double[]> ScipyKernels => new()
    {
        { 1.5, 3.5, [0.00102838008447911, 0.007598758135239186, 0.036000772128430815, 0.10936068950970002, 0.2130055377112537,
            0.26601172486179436, 0.2130055377112537, 0.10936068950970002, 0.036000772128430815, 0.007598758135239186, 0.00102838008447911] },
        { 1.0, 4.0, [0.00013383062461474175, 0.004431861620031266, 0.053991127420704395, 0.24197144565660073, 0.39894346935609776,
            0.24197144565660073, 0.053991127420704395, 0.004431861620031266, 0.00013383062461474175] },
        // truncate * sigma below one half: scipy's radius is 0, a kernel that leaves the image as it is.
        { 0.1, 4.0, [1.0] },
    };

    [Theory]
    [MemberData(nameof(ScipyKernels))]
    public void Kernel_has_scipys_radius_and_weights(double sigma, double truncate, double[] expected)
    {
        var filter = new GaussianFilter(sigma, truncate);

        Assert.Equal(expected.Length / 2, filter.Radius);
        Assert.Equal(expected, filter.Weights, (a, b) => Math.Abs(a - b) < 1e-15);
    }

    [Fact]
    public void A_kernel_wider_than_the_plane_mirrors_again_as_scipy_does()
    {
        // sigma 2, truncate 4: radius 8 exceeds both sides of the 5 x 7 plane.
        double[] expected =
        [
            0.44479970883878706, 0.4680626315968736, 0.49861598244022776, 0.518198549317362, 0.5197515768300605, 0.5096442257611037, 0.5001503149761745,
            0.4480215170617778, 0.4680830304052796, 0.49548623983658213, 0.5148202728578303, 0.5189190352850852, 0.5120604446734404, 0.5046166165468927,
            0.4498095958848862, 0.46575374380298395, 0.48970549724518747, 0.5104449812856702, 0.5204891129798288, 0.5205501996761737, 0.5174744210981155,
            0.4470754504272011, 0.46022811926935125, 0.48278962251214663, 0.5072052400962611, 0.5254805767899914, 0.534524279908779, 0.5371102112318618,
            0.4429695558975709, 0.45507036545399776, 0.477823854295718, 0.5056724988726993, 0.5301980580041106, 0.5458319192038501, 0.5525625496361388,
        ];
        var source = ScipyPattern.Values();
        var destination = new double[source.Length];

        new GaussianFilter(2.0, 4.0).Apply(source, destination, new double[source.Length], ScipyPattern.Height, ScipyPattern.Width);

        Assert.Equal(expected, destination, (a, b) => Math.Abs(a - b) < 1e-12);
    }

    [Theory]
    [InlineData(-1, 0)]
    [InlineData(-2, 1)]
    [InlineData(5, 4)]
    [InlineData(6, 3)]
    [InlineData(2, 2)]
    [InlineData(-7, 3)]
    [InlineData(12, 2)]
    public void Mirror_index_repeats_the_edge_sample(int index, int expected) =>
        Assert.Equal(expected, GaussianFilter.MirrorIndex(index, 5));

    [Fact]
    public void Ssim_settings_give_an_11_tap_normalised_symmetric_kernel()
    {
        Assert.Equal(5, _filter.Radius);
        Assert.Equal(11, _filter.Weights.Count);
        Assert.Equal(1, _filter.Weights.Sum(), 1e-12);
        Assert.Equal(Math.Exp(-1 / 4.5), _filter.Weights[6] / _filter.Weights[5], 1e-12);
        Assert.Equal(_filter.Weights[0], _filter.Weights[10]);
    }

    [Fact]
    public void An_interior_impulse_spreads_as_the_outer_product_of_the_weights()
    {
        const int size = 15, centre = 7;
        var source = new double[size * size];
        source[centre * size + centre] = 1;
        var result = Filter(source, size, size);

        for (var i = -5; i <= 5; i++)
            for (var j = -5; j <= 5; j++)
                Assert.Equal(_filter.Weights[i + 5] * _filter.Weights[j + 5], result[(centre + i) * size + centre + j], 1e-15);
        Assert.Equal(0, result[0]);
    }

    [Fact]
    public void Borders_mirror_including_the_edge_pixel()
    {
        // A corner impulse gets back every tap that mirrors onto it: offsets 0 and -1 land on index 0.
        const int height = 8, width = 9;
        var source = new double[height * width];
        source[0] = 1;
        var result = Filter(source, height, width);

        var edgeWeight = _filter.Weights[5] + _filter.Weights[4];
        Assert.Equal(edgeWeight * edgeWeight, result[0], 1e-15);
    }

    [Fact]
    public void A_constant_plane_stays_constant()
    {
        var result = Filter(Enumerable.Repeat(0.37, 7 * 7).ToArray(), 7, 7);

        Assert.All(result, value => Assert.Equal(0.37, value, 1e-12));
    }

    private double[] Filter(double[] source, int height, int width)
    {
        var destination = new double[source.Length];
        _filter.Apply(source, destination, new double[source.Length], height, width);
        return destination;
    }
}

using Denoising.Host.Evaluation;

namespace Denoising.Tests.Evaluation;

public sealed class GaussianFilterTests
{
    private readonly GaussianFilter _filter = new(sigma: 1.5, truncate: 3.5);

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

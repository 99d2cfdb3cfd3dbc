using Denoising.Abstractions;
using Denoising.Host.Configuration;
using Denoising.Plugins.Metrics;
using Denoising.Tests.TestSupport;

namespace Denoising.Tests.Evaluation;

public sealed class MetricTests
{
    private const double C1 = 0.0001;

    private readonly MeanSquaredError _mse = new();
    private readonly PeakSignalToNoiseRatio _psnr = new();
    private readonly StructuralSimilarity _ssim = new();

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void Identical_images_have_zero_error_capped_psnr_and_unit_ssim(int channels)
    {
        var image = TestImages.Pattern("a", channels, 10, 9);

        Assert.Equal(0, _mse.Compute(image, image));
        Assert.Equal(100, _psnr.Compute(image, image)); // the cap
        Assert.Equal(1, _ssim.Compute(image, image), 1e-12);
    }

    [Fact]
    public void Constant_offset_of_a_tenth_gives_20_decibels()
    {
        var clean = TestImages.Constant("a", 1, 8, 8, 0.5);
        var offset = TestImages.Constant("a", 1, 8, 8, 0.6);

        Assert.Equal(0.01, _mse.Compute(clean, offset), 1e-8);
        Assert.Equal(20, _psnr.Compute(clean, offset), 1e-5);
    }

    [Theory]
    [InlineData(0.5, 0.6, 1)]
    [InlineData(0.2, 0.9, 1)]
    [InlineData(0.0, 0.3, 3)]
    [InlineData(1.0, 0.05, 3)]
    public void Ssim_of_constant_images_is_the_closed_form_luminance_term(double a, double b, int channels)
    {
        var x = TestImages.Constant("a", channels, 9, 11, a);
        var y = TestImages.Constant("a", channels, 9, 11, b);
        double fa = (float)a, fb = (float)b;

        Assert.Equal((2 * fa * fb + C1) / (fa * fa + fb * fb + C1), _ssim.Compute(x, y), 1e-9);
    }

    [Fact]
    public void Ssim_of_rgb_is_the_mean_of_its_channels_as_gray_images()
    {
        var x = TestImages.Pattern("a", 3, 12, 10);
        var y = TestImages.Other("a", 3, 12, 10);
        var channelMeans = Enumerable.Range(0, 3).Select(c => _ssim.Compute(Channel(x, c), Channel(y, c))).Average();

        Assert.Equal(channelMeans, _ssim.Compute(x, y), 1e-12);
    }

    [Fact]
    public void Ssim_is_symmetric_and_drops_with_more_noise()
    {
        var clean = TestImages.Pattern("a", 1, 20, 20);
        var slightly = TestImages.FromFormula("a", 1, 20, 20, (_, i, j) => clean.Pixels[i * 20 + j] + ((i + 3 * j) % 5 - 2) / 100.0);
        var strongly = TestImages.FromFormula("a", 1, 20, 20, (_, i, j) => clean.Pixels[i * 20 + j] + ((i + 3 * j) % 5 - 2) / 10.0);

        Assert.Equal(_ssim.Compute(clean, strongly), _ssim.Compute(strongly, clean), 1e-12);
        Assert.True(_ssim.Compute(clean, slightly) > _ssim.Compute(clean, strongly));
    }

    [Fact]
    public void Ssim_rejects_images_smaller_than_its_window()
    {
        var small = TestImages.Pattern("tiny", 1, 6, 9);

        var error = Assert.Throws<ArgumentException>(() => _ssim.Compute(small, small));
        Assert.Contains("7x7", error.Message);
        Assert.Contains("tiny", error.Message);
    }

    [Fact]
    public void Metrics_reject_shape_mismatch()
    {
        var gray = TestImages.Pattern("a", 1, 8, 8);
        var rgb = TestImages.Pattern("a", 3, 8, 8);

        foreach (var metric in new IMetric[] { _mse, _psnr, _ssim })
        {
            var error = Assert.Throws<ArgumentException>(() => metric.Compute(gray, rgb));
            Assert.Contains("3x8x8", error.Message);
        }
    }

    [Fact]
    public void The_plugin_registers_mse_psnr_and_ssim_by_name_without_options()
    {
        var components = RegisteredComponents.Of<MetricsPlugin>();

        Assert.Equal(["mse", "psnr", "ssim"], components.Registry.NamesOf(ComponentKind.Metric));
        Assert.All(components.Registry.All, registration => Assert.Equal(typeof(NoOptions), registration.OptionsType));
        Assert.IsType<MeanSquaredError>(components.Create<IMetric>("mse"));
        Assert.IsType<PeakSignalToNoiseRatio>(components.Create<IMetric>("psnr"));
        Assert.IsType<StructuralSimilarity>(components.Create<IMetric>("ssim"));
    }

    private static Image Channel(Image image, int channel)
    {
        var plane = image.Height * image.Width;
        return new Image(image.Id, 1, image.Height, image.Width, image.Pixels.AsSpan(channel * plane, plane).ToArray());
    }
}

using Denoising.Abstractions;
using Denoising.Plugins.Metrics;

namespace Denoising.Tests.Evaluation;

/// <summary>
/// Values from scikit-image 0.19.3 (Debian bookworm python3-skimage), printed by
/// `/usr/bin/python3 tests/Denoising.Tests/Evaluation/skimage_reference.py`, which builds the same arrays as
/// <see cref="TestImages"/> and calls structural_similarity(x, y, data_range=1, gaussian_weights=True, sigma=1.5,
/// win_size=7, use_sample_covariance=False, channel_axis=0 for RGB), peak_signal_noise_ratio(x, y, data_range=1)
/// and mean_squared_error(x, y).
/// </summary>
public sealed class SkimageReferenceTests
{
    private const double Tolerance = 1e-4;

    public static TheoryData<string, int, int, int, double, double, double> Cases => new()
    {
        { "perturbed", 1, 9, 8, 0.0016277776925930538, 27.88404907476658, 0.9918457736323646 },
        { "perturbed", 1, 37, 50, 0.0016010809774498742, 27.955867023278703, 0.9920804962929157 },
        { "perturbed", 3, 12, 10, 0.0016011110341551912, 27.955785494992973, 0.9917553696482782 },
        { "other", 1, 7, 7, 0.22216553134746586, 6.53323320313178, -0.229009503073428 },
        { "other", 1, 37, 50, 0.19708167978808894, 7.0535374475521255, 0.008128001384129314 },
        { "other", 3, 12, 10, 0.20066203545627243, 6.975347867126455, -0.07232293625208971 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Metrics_match_scikit_image(
        string kind, int channels, int height, int width, double mse, double psnr, double ssim)
    {
        var x = TestImages.Pattern("x", channels, height, width);
        var y = kind == "perturbed"
            ? TestImages.Perturbed("x", channels, height, width)
            : TestImages.Other("x", channels, height, width);

        Assert.Equal(mse, new MeanSquaredError().Compute(x, y), Tolerance);
        Assert.Equal(psnr, new PeakSignalToNoiseRatio().Compute(x, y), Tolerance);
        Assert.Equal(ssim, new StructuralSimilarity().Compute(x, y), Tolerance);
    }
}

using Denoising.Host.Output;

namespace Denoising.Tests.Telemetry;

public sealed class MetricsTableTests
{
    [Fact]
    public void Metric_columns_are_right_aligned_with_four_decimals_and_a_dash_where_a_step_has_no_value()
    {
        MetricRow[] means =
        [
            new("scores", "noisy", "psnr", 14.5),
            new("scores", "noisy", "ssim", 0.19874),
            new("scores", "denoised", "psnr", 24.16413),
            new("scores", "denoised", "ssim", 0.7331),
            new("extra", "bm3d-like", "psnr", 101.25),
        ];

        var lines = MetricsTable.Lines(means);

        Assert.Equal(
        [
            "step    input          psnr    ssim",
            "scores  noisy       14.5000  0.1987",
            "scores  denoised    24.1641  0.7331",
            "extra   bm3d-like  101.2500       -",
        ], lines);
    }

    [Fact]
    public void A_run_without_evaluation_has_no_table() => Assert.Empty(MetricsTable.Lines([]));
}

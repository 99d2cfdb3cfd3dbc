namespace Denoising.Host.Reports;

/// <summary>
/// Which way a metric improves, for marking the best point. Metrics register by name only (plugins), so errors and
/// losses are known by name; every other metric (psnr, ssim...) is taken as higher-is-better.
/// </summary>
public static class MetricGoal
{
    private static readonly HashSet<string> Errors = new(StringComparer.OrdinalIgnoreCase) { "mse", "rmse", "mae", "l1", "l2", "loss", "lpips" };

    public static bool LowerIsBetter(string metric) => Errors.Contains(metric);

    /// <summary>Whether <paramref name="candidate"/> beats <paramref name="best"/> for this metric.</summary>
    public static bool Better(string metric, double candidate, double best) =>
        LowerIsBetter(metric) ? candidate < best : candidate > best;
}

using System.ComponentModel;

namespace Denoising.Host.Reports;

/// <summary>The <c>report:</c> section of a sweep.</summary>
public sealed class ReportOptions
{
    [Description("Heatmaps to draw from the points' metrics, e.g. train noise x test noise PSNR.")]
    public List<HeatmapOptions> Heatmaps { get; set; } = [];
}

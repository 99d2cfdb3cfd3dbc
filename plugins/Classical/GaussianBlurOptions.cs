using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Denoising.Plugins.Classical;

public sealed class GaussianBlurOptions
{
    [Description("Standard deviation of the kernel, in pixels.")]
    [Range(0.1, 20.0)]
    public double Sigma { get; set; } = 1.0;

    [Description("Kernel radius in standard deviations (scipy's truncate).")]
    [Range(1.0, 8.0)]
    public double Truncate { get; set; } = 4.0;
}

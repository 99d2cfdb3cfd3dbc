using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Denoising.Plugins.Classical;

public sealed class MedianOptions
{
    [Description("Window width and height in pixels (3 or 5 for salt-and-pepper noise).")]
    [Range(2, 9)]
    public int Size { get; set; } = 3;
}

using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Denoising.Plugins.Datasets.Idx;

/// <summary>Options of the <c>idx</c> dataset.</summary>
public sealed class IdxOptions
{
    [Description("IDX image file such as MNIST's train-images-idx3-ubyte, raw or gzip-compressed (relative to the experiment file).")]
    [Required]
    public string Path { get; set; } = "";

    [Description("Load at most this many images, the first in the file (0 = all).")]
    [Range(0, int.MaxValue)]
    public int Limit { get; set; }
}

using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Denoising.Torch;

namespace Denoising.Plugins.Residual;

/// <summary>Options of <c>type: dncnn</c>; the defaults are DnCNN-S of the paper (17 layers of 64 channels, batch norm).</summary>
public sealed class DnCnnOptions : TorchDenoiserOptions
{
    [Range(2, 64)]
    [Description("Convolution layers in all: conv + ReLU, depth - 2 x (conv + batch norm + ReLU), conv (DnCNN-S: 17).")]
    public int Depth { get; set; } = 17;

    [Range(1, 1024)]
    [Description("Feature channels of the hidden layers (DnCNN: 64).")]
    public int Width { get; set; } = 64;

    [Description("Batch norm in the middle layers; false gives the layout of KAIR's published weights, whose norms are merged into the convolutions.")]
    public bool BatchNorm { get; set; } = true;
}

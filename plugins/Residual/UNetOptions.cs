using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Denoising.Torch;

namespace Denoising.Plugins.Residual;

/// <summary>Options of <c>type: unet</c>: a small DRUNet-style U-Net (DRUNet itself: channels [64, 128, 256, 512], blocks 4).</summary>
public sealed class UNetOptions : TorchDenoiserOptions, IValidatableObject
{
    [MinLength(1)]
    [Description("Feature channels of each resolution level, finest first; each further level halves the resolution (DRUNet: [64, 128, 256, 512]).")]
    public int[] Channels { get; set; } = [16, 32, 64];

    [Range(1, 16)]
    [Description("Residual blocks (conv + ReLU + conv, plus the input) per level on the way down, at the bottom and on the way up (DRUNet: 4).")]
    public int Blocks { get; set; } = 1;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        for (var i = 0; i < Channels.Length; i++)
        {
            if (Channels[i] < 1)
                yield return new ValidationResult(
                    $"channels[{i}] is {Channels[i]}; every level needs at least 1 channel.", [nameof(Channels)]);
        }
        if (Channels.Length > UNetNetwork.MaxLevels)
            yield return new ValidationResult(
                $"channels lists {Channels.Length} levels; at most {UNetNetwork.MaxLevels} are supported.", [nameof(Channels)]);
    }
}

using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Denoising.Torch;

namespace Denoising.Plugins.ConvAE;

public sealed class ConvAutoencoderOptions : TorchDenoiserOptions, IValidatableObject
{
    [MinLength(1)]
    [Description("Channels of each encoder level (one 2x2 max-pool per level); the last also sets the bottleneck.")]
    public int[] Channels { get; set; } = [32, 32];

    [Range(1, 15)]
    [Description("Side of the square convolution kernels; odd, so 'same' padding keeps the size.")]
    public int KernelSize { get; set; } = 3;

    [AllowedValues("nearest", "transposed")]
    [Description("Decoder upsampling: nearest (2x nearest-neighbour) or transposed (2x2 transposed convolution, stride 2).")]
    public string Upsampling { get; set; } = "nearest";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (KernelSize % 2 == 0)
            yield return new ValidationResult(
                $"kernel_size is {KernelSize}; it must be odd so the convolutions keep the image size.", [nameof(KernelSize)]);
        for (var i = 0; i < Channels.Length; i++)
        {
            if (Channels[i] < 1)
                yield return new ValidationResult(
                    $"channels[{i}] is {Channels[i]}; every level needs at least 1 channel.", [nameof(Channels)]);
        }
    }
}

using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Denoising.Torch;

namespace Denoising.Samples.ResidualDenoiser;

/// <summary>Options of <c>type: sample-dncnn</c>, bound from snake_case keys (depth, width, kernel_size, inference_batch_size).</summary>
public sealed class DnCnnOptions : TorchDenoiserOptions, IValidatableObject
{
    [Range(2, 64)]
    [Description("Convolution layers in all: conv + ReLU, then depth - 2 x (conv + batch norm + ReLU), then conv (DnCNN uses 17).")]
    public int Depth { get; set; } = 8;

    [Range(1, 1024)]
    [Description("Feature channels of the hidden layers (DnCNN uses 64).")]
    public int Width { get; set; } = 32;

    [Range(1, 15)]
    [Description("Side of the square convolution kernels; odd, so 'same' padding keeps the size.")]
    public int KernelSize { get; set; } = 3;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (KernelSize % 2 == 0)
            yield return new ValidationResult(
                $"kernel_size is {KernelSize}; it must be odd so the convolutions keep the image size.", [nameof(KernelSize)]);
    }
}

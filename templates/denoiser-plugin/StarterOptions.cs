using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
//#if (trainable)
using Denoising.Torch;
//#endif

namespace PluginProject;

/// <summary>
/// Options of <c>type: my-denoiser</c>. The host binds them from the component's YAML mapping with snake_case keys
/// (a property KernelSize is written kernel_size) and validates them (data annotations, then Validate) before any step
/// runs; <c>denoise plugins</c> lists them with their defaults and descriptions.
/// </summary>
//#if (trainable)
public sealed class StarterOptions : TorchDenoiserOptions, IValidatableObject
{
    [Range(1, 1024)]
    [Description("Feature channels between the two convolutions.")]
    public int Width { get; set; } = 16;

    [Range(1, 15)]
    [Description("Side of the square convolution kernels; odd, so 'same' padding keeps the size.")]
    public int KernelSize { get; set; } = 3;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (KernelSize % 2 == 0)
            yield return new ValidationResult($"kernel_size is {KernelSize}; it must be odd.", [nameof(KernelSize)]);
    }
}
//#else
public sealed class StarterOptions : IValidatableObject
{
    [Range(1, 15)]
    [Description("Side of the square window; odd, so the window centres on the pixel.")]
    public int Size { get; set; } = 3;

    [Range(0.0, 1.0)]
    [Description("Weight of the filtered image against the input: 1 = filtered only, 0 = the input unchanged.")]
    public double Strength { get; set; } = 1.0;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Size % 2 == 0)
            yield return new ValidationResult($"size is {Size}; it must be odd.", [nameof(Size)]);
    }
}
//#endif

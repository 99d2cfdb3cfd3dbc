using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Denoising.Torch;

namespace Denoising.Plugins.DenseAE;

public sealed class DenseAutoencoderOptions : TorchDenoiserOptions, IValidatableObject
{
    [MinLength(1)]
    [Description("Sizes of the hidden fully connected layers, input side first (ReLU after each).")]
    public int[] Hidden { get; set; } = [512];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        for (var i = 0; i < Hidden.Length; i++)
        {
            if (Hidden[i] < 1)
                yield return new ValidationResult(
                    $"hidden[{i}] is {Hidden[i]}; every hidden layer needs at least 1 unit.", [nameof(Hidden)]);
        }
    }
}

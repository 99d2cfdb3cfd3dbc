using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace Denoising.Plugins.Noise.Options;

/// <summary>Options of <c>mixture</c>: one of several noise models, picked per image by weight.</summary>
public sealed class MixtureNoiseOptions : IValidatableObject
{
    [Description("The candidate noise models, each with a weight (> 0) and a noise spec; at least one.")]
    public List<MixtureComponentOptions> Components { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Components is not { Count: > 0 })
        {
            yield return new ValidationResult(
                "'components' must list at least one item with a 'weight' and a 'noise'.", [nameof(Components)]);
            yield break;
        }

        for (var i = 0; i < Components.Count; i++)
        {
            var component = Components[i];
            var key = $"components[{i}]";
            if (component is null)
            {
                yield return new ValidationResult($"'{key}' is empty; give a 'weight' and a 'noise'.", [nameof(Components)]);
                continue;
            }

            if (!(double.IsFinite(component.Weight) && component.Weight > 0.0))
                yield return new ValidationResult(
                    $"'{key}.weight' must be a finite number greater than 0; got {component.Weight.ToString(CultureInfo.InvariantCulture)}.",
                    [nameof(Components)]);
            if (component.Noise is null)
                yield return new ValidationResult(
                    $"'{key}.noise' is required: a noise model such as {{ type: gaussian, sigma: 0.1 }}.",
                    [nameof(Components)]);
        }
    }
}

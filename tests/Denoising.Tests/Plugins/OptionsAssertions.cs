using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Reflection;

namespace Denoising.Tests.Plugins;

internal static class OptionsAssertions
{
    /// <summary>The validation messages of <paramref name="options"/>, as the host's data-annotation check finds them (IValidatableObject included).</summary>
    public static string[] Errors(object options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results.Select(result => result.ErrorMessage ?? "").ToArray();
    }

    public static void EveryPropertyIsDescribed(Type optionsType)
    {
        foreach (var property in optionsType.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var description = property.GetCustomAttribute<DescriptionAttribute>();
            Assert.False(string.IsNullOrWhiteSpace(description?.Description), $"{optionsType.Name}.{property.Name} has no [Description].");
        }
    }
}

namespace Denoising.Abstractions;

/// <summary>
/// Where plugins register components under the names that configs use (<c>type: conv-ae</c>).
/// <c>TOptions</c> is bound from the component's YAML mapping (snake_case keys) and validated
/// with data annotations and <see cref="System.ComponentModel.DataAnnotations.IValidatableObject"/> before any
/// step runs; a property typed <see cref="ComponentSpec{TComponent}"/> holds a nested component.
/// </summary>
public interface IComponentRegistry
{
    void AddDenoiser<TOptions>(string name, string description, Func<TOptions, ComponentContext, IDenoiser> create)
        where TOptions : class, new();

    void AddNoiseModel<TOptions>(string name, string description, Func<TOptions, ComponentContext, INoiseModel> create)
        where TOptions : class, new();

    void AddDataset<TOptions>(string name, string description, Func<TOptions, ComponentContext, IDataset> create)
        where TOptions : class, new();
}

namespace Denoising.Abstractions;

/// <summary>
/// Where plugins register components under the names that configs use (<c>type: conv-ae</c>). Registrations are keyed
/// by their contract, <c>TComponent</c>: <see cref="IDenoiser"/>, <see cref="INoiseModel"/>, <see cref="IDataset"/> or
/// <see cref="IMetric"/>; each contract has its own names. <c>TOptions</c> is bound from the component's YAML mapping
/// (snake_case keys) and validated with data annotations and
/// <see cref="System.ComponentModel.DataAnnotations.IValidatableObject"/> before any step runs; a property typed
/// <see cref="ComponentSpec{TComponent}"/> holds a nested component.
/// </summary>
public interface IComponentRegistry
{
    void Add<TComponent, TOptions>(string name, string description, Func<TOptions, ComponentContext, TComponent> create)
        where TComponent : class
        where TOptions : class, new();
}

/// <summary>One helper per contract, so a registration reads as what it registers.</summary>
public static class ComponentRegistryExtensions
{
    public static void AddDenoiser<TOptions>(this IComponentRegistry registry, string name, string description,
        Func<TOptions, ComponentContext, IDenoiser> create)
        where TOptions : class, new() => registry.Add(name, description, create);

    public static void AddNoiseModel<TOptions>(this IComponentRegistry registry, string name, string description,
        Func<TOptions, ComponentContext, INoiseModel> create)
        where TOptions : class, new() => registry.Add(name, description, create);

    public static void AddDataset<TOptions>(this IComponentRegistry registry, string name, string description,
        Func<TOptions, ComponentContext, IDataset> create)
        where TOptions : class, new() => registry.Add(name, description, create);

    /// <summary>A metric without settings, written in configs by its name alone (<c>metrics: [psnr]</c>).</summary>
    public static void AddMetric(this IComponentRegistry registry, string name, string description, Func<IMetric> create) =>
        registry.Add<IMetric, NoOptions>(name, description, (_, _) => create());
}

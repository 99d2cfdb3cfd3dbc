using Denoising.Abstractions;

namespace Denoising.Tests.Plugins;

/// <summary>Records what a plugin registers, with factories that take untyped options.</summary>
internal sealed class RecordingRegistry : IComponentRegistry
{
    public List<Registration> Denoisers { get; } = [];

    public void AddDenoiser<TOptions>(string name, string description, Func<TOptions, ComponentContext, IDenoiser> create)
        where TOptions : class, new() =>
        Denoisers.Add(new Registration(name, description, typeof(TOptions), (options, context) => create((TOptions)options, context)));

    public void AddNoiseModel<TOptions>(string name, string description, Func<TOptions, ComponentContext, INoiseModel> create)
        where TOptions : class, new() => throw new InvalidOperationException($"Unexpected noise model '{name}'.");

    public void AddDataset<TOptions>(string name, string description, Func<TOptions, ComponentContext, IDataset> create)
        where TOptions : class, new() => throw new InvalidOperationException($"Unexpected dataset '{name}'.");

    internal sealed record Registration(
        string Name, string Description, Type OptionsType, Func<object, ComponentContext, IDenoiser> Create);
}

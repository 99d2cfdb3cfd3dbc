using Denoising.Abstractions;

namespace Denoising.Tests.Datasets;

/// <summary>Records what a plugin registers so that tests can create its datasets by name.</summary>
internal sealed class FakeComponentRegistry : IComponentRegistry
{
    private readonly Dictionary<string, Func<object, ComponentContext, IDataset>> _datasets = new();

    public Dictionary<string, (Type OptionsType, string Description)> Datasets { get; } = new();

    public List<string> OtherComponents { get; } = [];

    public void AddDataset<TOptions>(string name, string description, Func<TOptions, ComponentContext, IDataset> create)
        where TOptions : class, new()
    {
        Datasets.Add(name, (typeof(TOptions), description));
        _datasets.Add(name, (options, context) => create((TOptions)options, context));
    }

    public void AddDenoiser<TOptions>(string name, string description, Func<TOptions, ComponentContext, IDenoiser> create)
        where TOptions : class, new() => OtherComponents.Add(name);

    public void AddNoiseModel<TOptions>(string name, string description, Func<TOptions, ComponentContext, INoiseModel> create)
        where TOptions : class, new() => OtherComponents.Add(name);

    public IDataset CreateDataset(string name, object options, ComponentContext context) => _datasets[name](options, context);
}

using Denoising.Abstractions;

namespace Denoising.Tests.Noise;

/// <summary>A registry that records what a plugin registers, so tests can list names and call factories.</summary>
internal sealed class RecordingComponentRegistry : IComponentRegistry
{
    public Dictionary<string, (Type OptionsType, string Description, Func<object, ComponentContext, INoiseModel> Create)> NoiseModels { get; } = [];

    public List<string> OtherComponents { get; } = [];

    public void AddNoiseModel<TOptions>(string name, string description, Func<TOptions, ComponentContext, INoiseModel> create)
        where TOptions : class, new() =>
        NoiseModels.Add(name, (typeof(TOptions), description, (options, context) => create((TOptions)options, context)));

    public void AddDenoiser<TOptions>(string name, string description, Func<TOptions, ComponentContext, IDenoiser> create)
        where TOptions : class, new() => OtherComponents.Add(name);

    public void AddDataset<TOptions>(string name, string description, Func<TOptions, ComponentContext, IDataset> create)
        where TOptions : class, new() => OtherComponents.Add(name);

    /// <summary>A context whose nested creation goes through this registry, as the host's does.</summary>
    public ComponentContext Context() =>
        new(Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance, Path.GetTempPath(),
            new RuntimeSettings("cpu", 0), CreateNested);

    public INoiseModel Create(string name, object options) => NoiseModels[name].Create(options, Context());

    private object CreateNested(object spec) =>
        spec is ComponentSpec<INoiseModel> noise
            ? Create(noise.Type, noise.Options)
            : throw new ArgumentException($"Unexpected nested spec {spec}.");
}

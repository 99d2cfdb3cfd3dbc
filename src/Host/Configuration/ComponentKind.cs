using Denoising.Abstractions;

namespace Denoising.Host.Configuration;

/// <summary>The kinds of component a plugin can register.</summary>
public enum ComponentKind
{
    Denoiser,
    NoiseModel,
    Dataset,
}

public static class ComponentKinds
{
    public static ComponentKind Of(Type componentInterface) => componentInterface switch
    {
        _ when componentInterface == typeof(IDenoiser) => ComponentKind.Denoiser,
        _ when componentInterface == typeof(INoiseModel) => ComponentKind.NoiseModel,
        _ when componentInterface == typeof(IDataset) => ComponentKind.Dataset,
        _ => throw new ArgumentException($"{componentInterface} is not a component contract."),
    };

    public static string DisplayName(this ComponentKind kind) => kind switch
    {
        ComponentKind.Denoiser => "denoiser",
        ComponentKind.NoiseModel => "noise model",
        _ => "dataset",
    };
}

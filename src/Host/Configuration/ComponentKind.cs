using Denoising.Abstractions;

namespace Denoising.Host.Configuration;

/// <summary>A kind of component a plugin can register: its contract type and the name messages use for it.</summary>
public sealed class ComponentKind
{
    public static readonly ComponentKind Denoiser = new(typeof(IDenoiser), "denoiser");
    public static readonly ComponentKind NoiseModel = new(typeof(INoiseModel), "noise model");
    public static readonly ComponentKind Dataset = new(typeof(IDataset), "dataset");
    public static readonly ComponentKind Metric = new(typeof(IMetric), "metric");

    /// <summary>Every kind, in the order listings show them.</summary>
    public static IReadOnlyList<ComponentKind> All { get; } = [Denoiser, NoiseModel, Dataset, Metric];

    private ComponentKind(Type contract, string displayName)
    {
        Contract = contract;
        DisplayName = displayName;
    }

    public Type Contract { get; }

    public string DisplayName { get; }

    /// <summary>The kind whose contract is <paramref name="contract"/>, or null when it is no component contract.</summary>
    public static ComponentKind? Find(Type contract) => All.FirstOrDefault(kind => kind.Contract == contract);

    public static ComponentKind Of(Type contract) =>
        Find(contract) ?? throw new ArgumentException($"{contract} is not a component contract; expected one of: {ContractNames}.");

    public static string ContractNames => string.Join(", ", All.Select(kind => kind.Contract.Name));

    public override string ToString() => DisplayName;
}

using Denoising.Abstractions;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Denoising.Torch;

/// <summary>Optimizers by the names <see cref="TrainingOptions.Optimizer"/> accepts.</summary>
public static class Optimizers
{
    /// <summary>SGD momentum, as in most reference trainings.</summary>
    public const double SgdMomentum = 0.9;

    private static readonly Dictionary<string, Func<TrainingOptions, IEnumerable<Parameter>, OptimizerHelper>> ByName = new(StringComparer.Ordinal)
    {
        ["adam"] = (options, parameters) => optim.Adam(parameters, options.LearningRate, weight_decay: options.WeightDecay),
        ["adamw"] = (options, parameters) => optim.AdamW(parameters, options.LearningRate, weight_decay: options.WeightDecay),
        ["sgd"] = (options, parameters) => optim.SGD(parameters, options.LearningRate, momentum: SgdMomentum, weight_decay: options.WeightDecay),
    };

    /// <summary>Every optimizer name, in the order they are documented.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. ByName.Keys];

    /// <summary>The optimizer named by <paramref name="options"/> (adam, adamw or sgd) over <paramref name="parameters"/>.</summary>
    public static OptimizerHelper Create(TrainingOptions options, IEnumerable<Parameter> parameters) =>
        ByName.TryGetValue(options.Optimizer, out var create)
            ? create(options, parameters)
            : throw new ArgumentException(
                $"Unknown optimizer '{options.Optimizer}'; expected {string.Join(", ", Names)}.", nameof(options));
}

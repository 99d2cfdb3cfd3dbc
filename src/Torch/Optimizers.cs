using Denoising.Abstractions;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Denoising.Torch;

/// <summary>Optimizers by the names <see cref="TrainingOptions.Optimizer"/> accepts.</summary>
public static class Optimizers
{
    /// <summary>SGD momentum, as in most reference trainings.</summary>
    public const double SgdMomentum = 0.9;

    /// <summary>The optimizer named by <paramref name="options"/> (adam, adamw or sgd) over <paramref name="parameters"/>.</summary>
    public static OptimizerHelper Create(TrainingOptions options, IEnumerable<Parameter> parameters) => options.Optimizer switch
    {
        "adam" => optim.Adam(parameters, options.LearningRate, weight_decay: options.WeightDecay),
        "adamw" => optim.AdamW(parameters, options.LearningRate, weight_decay: options.WeightDecay),
        "sgd" => optim.SGD(parameters, options.LearningRate, momentum: SgdMomentum, weight_decay: options.WeightDecay),
        _ => throw new ArgumentException(
            $"Unknown optimizer '{options.Optimizer}'; expected adam, adamw or sgd.", nameof(options)),
    };
}

using static TorchSharp.torch;
using static TorchSharp.torch.nn.functional;

namespace Denoising.Torch;

/// <summary>Reconstruction losses by the names <see cref="Abstractions.TrainingOptions.Loss"/> accepts.</summary>
public static class Losses
{
    /// <summary>The loss named <paramref name="name"/> (bce, mse or l1), as (prediction, target) -> mean loss.</summary>
    public static Func<Tensor, Tensor, Tensor> Create(string name) => name switch
    {
        "bce" => (prediction, target) => binary_cross_entropy(prediction, target),
        "mse" => (prediction, target) => mse_loss(prediction, target),
        "l1" => (prediction, target) => l1_loss(prediction, target),
        _ => throw new ArgumentException($"Unknown loss '{name}'; expected bce, mse or l1.", nameof(name)),
    };
}

using static TorchSharp.torch;
using static TorchSharp.torch.nn.functional;

namespace Denoising.Torch;

/// <summary>Reconstruction losses by the names <see cref="Abstractions.TrainingOptions.Loss"/> accepts.</summary>
public static class Losses
{
    private static readonly Dictionary<string, Func<Tensor, Tensor, Tensor>> ByName = new(StringComparer.Ordinal)
    {
        ["bce"] = (prediction, target) => binary_cross_entropy(prediction, target),
        ["mse"] = (prediction, target) => mse_loss(prediction, target),
        ["l1"] = (prediction, target) => l1_loss(prediction, target),
    };

    /// <summary>Every loss name, in the order they are documented.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. ByName.Keys];

    /// <summary>The loss named <paramref name="name"/> (bce, mse or l1), as (prediction, target) -> mean loss.</summary>
    public static Func<Tensor, Tensor, Tensor> Create(string name) =>
        ByName.TryGetValue(name, out var loss)
            ? loss
            : throw new ArgumentException($"Unknown loss '{name}'; expected {string.Join(", ", Names)}.", nameof(name));
}

using System.ComponentModel.DataAnnotations;

namespace Denoising.Abstractions;

/// <summary>Training settings of a <c>train</c> step, shared by every trainable denoiser.</summary>
public sealed class TrainingOptions
{
    [Range(1, 1_000_000)]
    public int Epochs { get; set; } = 10;

    [Range(1, 65_536)]
    public int BatchSize { get; set; } = 16;

    [Range(1e-9, 10.0)]
    public double LearningRate { get; set; } = 1e-3;

    [Range(0.0, 1.0)]
    public double WeightDecay { get; set; }

    /// <summary>bce, mse or l1.</summary>
    [AllowedValues("bce", "mse", "l1")]
    public string Loss { get; set; } = "bce";

    /// <summary>adam, adamw or sgd.</summary>
    [AllowedValues("adam", "adamw", "sgd")]
    public string Optimizer { get; set; } = "adam";

    /// <summary>Save a resumable checkpoint every this many epochs.</summary>
    [Range(1, 1_000_000)]
    public int CheckpointEvery { get; set; } = 1;
}

namespace Denoising.Abstractions;

/// <summary>
/// A report from a training in progress (since 2.2), sent to <see cref="TrainingData.Progress"/>: one while an epoch
/// runs (every so often, so a progress bar can move: <see cref="Batch"/> of <see cref="Batches"/>), one when it ends
/// (<see cref="EpochEnded"/>, with its loss and, when validation ran, the validation metrics), and, with
/// <see cref="TrainingOptions.ValidateEvery"/>, one after each validation within an epoch (with its metrics).
/// </summary>
public sealed record TrainingProgress
{
    /// <summary>The epoch in progress or just ended, 1-based.</summary>
    public required int Epoch { get; init; }

    /// <summary>The epochs this training runs to.</summary>
    public required int TotalEpochs { get; init; }

    /// <summary>Batches trained in this epoch so far (all of them when it ended).</summary>
    public required int Batch { get; init; }

    /// <summary>Batches in one epoch.</summary>
    public required int Batches { get; init; }

    /// <summary>Optimiser steps since the training began, those of a resumed checkpoint included.</summary>
    public required long Step { get; init; }

    /// <summary>Seconds of training since it began, those before a resume included.</summary>
    public required double Seconds { get; init; }

    /// <summary>Whether this report closes an epoch; only such reports carry <see cref="Loss"/>.</summary>
    public bool EpochEnded { get; init; }

    /// <summary>Mean training loss since the previous end-of-epoch report (the epoch's mean loss); null within an epoch.</summary>
    public double? Loss { get; init; }

    /// <summary>The optimiser's learning rate for the epoch, when known.</summary>
    public double? LearningRate { get; init; }

    /// <summary>
    /// Validation metrics by name (for example <c>psnr</c>) of a validation at this step: at the end of an epoch, or
    /// within one with <see cref="TrainingOptions.ValidateEvery"/>; empty when no validation ran.
    /// </summary>
    public IReadOnlyDictionary<string, double> Validation { get; init; } = new Dictionary<string, double>();

    /// <summary>A few denoised validation images of this validation, for viewers such as TensorBoard; may be empty.</summary>
    public IReadOnlyList<Image> ValidationImages { get; init; } = [];
}

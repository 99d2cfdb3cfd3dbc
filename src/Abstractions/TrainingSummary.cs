namespace Denoising.Abstractions;

/// <summary>What a finished training reports back.</summary>
/// <param name="EpochLosses">Mean training loss of each epoch, first epoch first (resumed epochs included).</param>
/// <param name="SecondsPerEpoch">Mean wall-clock seconds of the epochs trained in this call.</param>
/// <param name="ResumedFromEpoch">Epochs already done by a checkpoint found at start (0 when none).</param>
public sealed record TrainingSummary(IReadOnlyList<double> EpochLosses, double SecondsPerEpoch, int ResumedFromEpoch);

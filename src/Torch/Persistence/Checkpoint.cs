namespace Denoising.Torch.Persistence;

/// <summary>Training progress restored from a checkpoint file (the weights and optimizer state go straight into their objects).</summary>
/// <param name="Path">The checkpoint file.</param>
/// <param name="CompletedEpochs">Epochs finished when it was written.</param>
/// <param name="EpochLosses">Mean loss of each of those epochs.</param>
internal sealed record Checkpoint(string Path, int CompletedEpochs, IReadOnlyList<double> EpochLosses);

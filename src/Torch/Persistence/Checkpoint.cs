namespace Denoising.Torch.Persistence;

/// <summary>What training restored from a checkpoint file (the weights and optimizer state go straight into their objects).</summary>
/// <param name="Path">The checkpoint file.</param>
/// <param name="CompletedEpochs">Epochs finished when it was written.</param>
/// <param name="EpochLosses">Mean loss of each of those epochs.</param>
/// <param name="Progress">Training time spent and the best validated epoch so far.</param>
internal sealed record Checkpoint(string Path, int CompletedEpochs, IReadOnlyList<double> EpochLosses, CheckpointProgress Progress);

/// <summary>What a training has spent and found so far, beyond its losses; kept in checkpoints so a resume goes on from it.</summary>
/// <param name="TrainedSeconds">Wall-clock seconds of training (epochs and validation) in all runs so far.</param>
/// <param name="Best">The best validation by PSNR, when the best is kept.</param>
/// <param name="Steps">Optimiser steps taken in all runs so far; -1 in checkpoints of earlier versions, which did not say.</param>
internal sealed record CheckpointProgress(double TrainedSeconds, BestEpoch? Best, long Steps = -1)
{
    public static readonly CheckpointProgress None = new(0, null, 0);
}

/// <summary>
/// A validation with its 1-based epoch, PSNR and the optimiser step it followed (-1 in checkpoints of earlier versions,
/// which validated at the end of epochs only).
/// </summary>
internal sealed record BestEpoch(int Epoch, double Psnr, long Step = -1);

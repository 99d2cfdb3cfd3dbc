namespace Denoising.Torch.Persistence;

/// <summary>What training restored from a checkpoint file (the weights and optimizer state go straight into their objects).</summary>
/// <param name="Path">The checkpoint file.</param>
/// <param name="CompletedEpochs">Epochs finished when it was written.</param>
/// <param name="EpochLosses">Mean loss of each of those epochs.</param>
/// <param name="Progress">Training time spent and the best validated epoch so far.</param>
internal sealed record Checkpoint(string Path, int CompletedEpochs, IReadOnlyList<double> EpochLosses, CheckpointProgress Progress);

/// <summary>What a training has spent and found so far, beyond its losses; kept in checkpoints so a resume goes on from it.</summary>
/// <param name="TrainedSeconds">Wall-clock seconds of training (epochs and validation) in all runs so far.</param>
/// <param name="Best">The epoch with the best validation PSNR, when the best is kept.</param>
internal sealed record CheckpointProgress(double TrainedSeconds, BestEpoch? Best)
{
    public static readonly CheckpointProgress None = new(0, null);
}

/// <summary>A 1-based epoch and its validation PSNR.</summary>
internal sealed record BestEpoch(int Epoch, double Psnr);

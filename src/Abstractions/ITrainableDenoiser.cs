namespace Denoising.Abstractions;

/// <summary>A denoiser that learns from pairs of noisy and clean images.</summary>
public interface ITrainableDenoiser : IDenoiser
{
    /// <summary>
    /// Trains on <paramref name="data"/>. Saves checkpoints under <see cref="TrainingData.CheckpointDirectory"/>
    /// and resumes from the newest one found there, so an interrupted run continues where it stopped.
    /// </summary>
    TrainingSummary Train(TrainingData data, TrainingOptions options, CancellationToken cancellationToken);

    /// <summary>Writes the learned weights to <paramref name="path"/> (atomically).</summary>
    void Save(string path);

    /// <summary>Reads weights written by <see cref="Save"/> for the same options.</summary>
    void Load(string path);
}

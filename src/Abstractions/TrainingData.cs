namespace Denoising.Abstractions;

/// <summary>What a trainable denoiser learns from.</summary>
public sealed class TrainingData
{
    public TrainingData(
        IReadOnlyList<Image> clean,
        Func<int, int, Image> noisyVersion,
        string checkpointDirectory,
        int seed,
        IReadOnlyList<ImagePair>? validation = null)
    {
        Clean = clean;
        NoisyVersion = noisyVersion;
        CheckpointDirectory = checkpointDirectory;
        Seed = seed;
        Validation = validation ?? [];
    }

    /// <summary>Patch training (since 2.1): <see cref="Clean"/> is empty and <see cref="Patches"/> gives the examples.</summary>
    public TrainingData(
        ITrainingPatches patches,
        string checkpointDirectory,
        int seed,
        IReadOnlyList<ImagePair>? validation = null)
        : this([], (_, _) => throw new InvalidOperationException("Patch training has no whole images; read Patches."),
            checkpointDirectory, seed, validation)
    {
        ArgumentNullException.ThrowIfNull(patches);
        Patches = patches;
    }

    /// <summary>The clean training images (targets); empty in patch training. Read on demand: index it rather than copy it.</summary>
    public IReadOnlyList<Image> Clean { get; }

    /// <summary>
    /// Noisy input for clean image <c>index</c> at epoch <c>epoch</c>: fresh noise per epoch, or the same fixed copy,
    /// as the experiment chose. Deterministic and thread-safe.
    /// </summary>
    public Func<int, int, Image> NoisyVersion { get; }

    /// <summary>Folder for checkpoints; created by the host, owned by the denoiser.</summary>
    public string CheckpointDirectory { get; }

    /// <summary>Seed for weight initialisation and batch order.</summary>
    public int Seed { get; }

    /// <summary>
    /// Random crops to train on instead of whole images (since 2.1), or null for whole-image training. A denoiser that
    /// cannot train on patches throws <see cref="NotSupportedException"/> when it is set.
    /// </summary>
    public ITrainingPatches? Patches { get; }

    /// <summary>Held-out pairs scored after each epoch, or every <see cref="TrainingOptions.ValidateEvery"/> steps (may be empty).</summary>
    public IReadOnlyList<ImagePair> Validation { get; }

    /// <summary>
    /// Where the denoiser reports how training goes (since 2.2): the host draws progress, writes curves and TensorBoard
    /// events from these reports. Null when nobody listens; a denoiser that reports nothing still works. Reports are
    /// taken synchronously on the training thread and must be cheap to send: within an epoch, send one every few
    /// hundred milliseconds at most.
    /// </summary>
    public IProgress<TrainingProgress>? Progress { get; init; }
}

/// <summary>A noisy image and its clean original.</summary>
public sealed record ImagePair(Image Noisy, Image Clean);

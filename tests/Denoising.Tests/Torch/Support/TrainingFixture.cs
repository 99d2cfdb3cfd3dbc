using Denoising.Abstractions;

namespace Denoising.Tests.Torch.Support;

/// <summary>A tiny noisy/clean training set with held-out pairs and its own checkpoint folder (deleted on dispose).</summary>
internal sealed class TrainingFixture : IDisposable
{
    public const double NoiseSigma = 0.2;

    public TrainingFixture(int trainCount = 64, int size = 12, int channels = 1, int seed = 7,
        Func<int, int, Image>? noisyVersion = null)
    {
        Clean = SmoothPatterns.Create(trainCount, channels, size, size, seed: 1);
        var heldOut = SmoothPatterns.Create(8, channels, size, size, seed: 2);
        HeldOutClean = heldOut;
        HeldOutNoisy = heldOut.Select((image, i) => SmoothPatterns.AddNoise(image, NoiseSigma, 1_000_000 + i)).ToArray();
        CheckpointDirectory = Directory.CreateTempSubdirectory("denoising-torch-tests-").FullName;
        Data = With(noisyVersion ?? SmoothPatterns.NoisyVersions(Clean, NoiseSigma), seed);
    }

    public IReadOnlyList<Image> Clean { get; }
    public IReadOnlyList<Image> HeldOutClean { get; }
    public IReadOnlyList<Image> HeldOutNoisy { get; }
    public string CheckpointDirectory { get; }
    public TrainingData Data { get; }

    /// <summary>Training data over the same images and checkpoint folder with other noisy versions or another seed.</summary>
    public TrainingData With(Func<int, int, Image> noisyVersion, int seed, bool withValidation = false) =>
        new(Clean, noisyVersion, CheckpointDirectory, seed,
            withValidation ? HeldOutNoisy.Zip(HeldOutClean, (noisy, clean) => new ImagePair(noisy, clean)).ToArray() : null);

    public TrainingData WithSeed(int seed) => With(SmoothPatterns.NoisyVersions(Clean, NoiseSigma), seed);

    /// <summary>Fresh noisy versions, the held-out pairs for validation, and <paramref name="progress"/> told how training goes.</summary>
    public TrainingData Validated(IProgress<TrainingProgress> progress)
    {
        var data = With(SmoothPatterns.NoisyVersions(Clean, NoiseSigma), seed: 7, withValidation: true);
        return new TrainingData(data.Clean, data.NoisyVersion, data.CheckpointDirectory, data.Seed, data.Validation) { Progress = progress };
    }

    public static TrainingOptions Options(int epochs, string optimizer = "adam", string loss = "mse", int checkpointEvery = 1) => new()
    {
        Epochs = epochs,
        BatchSize = 8,
        LearningRate = 1e-2,
        Optimizer = optimizer,
        Loss = loss,
        CheckpointEvery = checkpointEvery,
    };

    public void Dispose() => Directory.Delete(CheckpointDirectory, recursive: true);
}

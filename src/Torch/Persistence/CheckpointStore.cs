using System.Globalization;
using Denoising.Abstractions;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Denoising.Torch.Persistence;

/// <summary>
/// Resumable checkpoints in one folder: <c>epoch-NNNNNN.checkpoint</c>, each written atomically; only the newest is kept.
/// A file holds the network shape, optimizer and loss names, completed epochs, loss history, weights and optimizer state,
/// then the training progress (seconds trained, best epoch and its PSNR); files written before that section existed
/// end after the optimizer state and restore with no progress.
/// </summary>
internal sealed class CheckpointStore
{
    private const string FileKind = "denoising-checkpoint";
    private const string Prefix = "epoch-";
    private const string Extension = ".checkpoint";

    private readonly string _directory;
    private readonly string _denoiserType;

    public CheckpointStore(string directory, string denoiserType)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        _directory = Path.GetFullPath(directory);
        _denoiserType = denoiserType;
    }

    /// <summary>The newest complete checkpoint, or null when the folder has none.</summary>
    public string? FindNewest() =>
        CompleteCheckpoints().OrderByDescending(entry => entry.Epoch).Select(entry => entry.Path).FirstOrDefault();

    /// <summary>Where the weights of the best validated epoch are kept, beside the checkpoints.</summary>
    public string BestWeightsPath => Path.Combine(_directory, "best.weights");

    /// <summary>Deletes files a crash left half-written.</summary>
    public void RemoveUnfinished()
    {
        if (!Directory.Exists(_directory))
            return;
        foreach (var pattern in new[] { $"{Prefix}*{Extension}", Path.GetFileName(BestWeightsPath) })
        {
            foreach (var path in Directory.EnumerateFiles(_directory, $"{pattern}{AtomicFile.TemporaryMarker}*"))
                File.Delete(path);
        }
    }

    /// <summary>
    /// Restores <paramref name="network"/> and <paramref name="optimizer"/> from <paramref name="path"/>; the learning
    /// rate of <paramref name="options"/> replaces the stored one so a changed rate applies on resume.
    /// </summary>
    public Checkpoint Restore(
        string path, ImageShape networkShape, TrainingOptions options, nn.Module network, OptimizerHelper optimizer)
    {
        using var stream = File.OpenRead(path);
        using var reader = new BinaryReader(stream);
        var shape = NetworkFileHeader.Read(reader, path, FileKind, _denoiserType);
        if (shape != networkShape)
            throw new InvalidDataException(
                $"Checkpoint '{path}' is for {shape} images; this training uses {networkShape}. " +
                "Use another checkpoint directory.");
        RequireSame(path, "optimizer", reader.ReadString(), options.Optimizer);
        RequireSame(path, "loss", reader.ReadString(), options.Loss);
        var completedEpochs = reader.ReadInt32();
        var losses = new double[reader.ReadInt32()];
        for (var i = 0; i < losses.Length; i++)
            losses[i] = reader.ReadDouble();
        NetworkWeights.Load(network, reader, path);
        optimizer.load_state_dict(reader);
        foreach (var group in optimizer.ParamGroups)
        {
            group.LearningRate = options.LearningRate;
            group.InitialLearningRate = options.LearningRate;
        }
        return new Checkpoint(path, completedEpochs, losses, ReadProgress(reader));
    }

    private static TrainingProgress ReadProgress(BinaryReader reader)
    {
        if (reader.BaseStream.Position >= reader.BaseStream.Length)
            return TrainingProgress.None;
        var trainedSeconds = reader.ReadDouble();
        var bestEpoch = reader.ReadInt32();
        var bestPsnr = reader.ReadDouble();
        return new TrainingProgress(trainedSeconds, bestEpoch > 0 ? new BestEpoch(bestEpoch, bestPsnr) : null);
    }

    /// <summary>Writes the checkpoint after the epochs of <paramref name="epochLosses"/>, then drops older ones.</summary>
    public string Write(
        ImageShape shape, TrainingOptions options, IReadOnlyList<double> epochLosses, nn.Module network, OptimizerHelper optimizer,
        TrainingProgress progress)
    {
        var completedEpochs = epochLosses.Count;
        var path = Path.Combine(_directory, $"{Prefix}{completedEpochs:D6}{Extension}");
        AtomicFile.Write(path, writer =>
        {
            NetworkFileHeader.Write(writer, FileKind, _denoiserType, shape);
            writer.Write(options.Optimizer);
            writer.Write(options.Loss);
            writer.Write(completedEpochs);
            writer.Write(epochLosses.Count);
            foreach (var loss in epochLosses)
                writer.Write(loss);
            network.save(writer);
            optimizer.save_state_dict(writer);
            writer.Write(progress.TrainedSeconds);
            writer.Write(progress.Best?.Epoch ?? 0);
            writer.Write(progress.Best?.Psnr ?? 0.0);
        });
        foreach (var older in CompleteCheckpoints().Where(entry => entry.Epoch != completedEpochs))
            File.Delete(older.Path);
        return path;
    }

    private IEnumerable<(string Path, int Epoch)> CompleteCheckpoints()
    {
        if (!Directory.Exists(_directory))
            yield break;
        foreach (var path in Directory.EnumerateFiles(_directory, $"{Prefix}*{Extension}"))
        {
            var digits = Path.GetFileNameWithoutExtension(path)[Prefix.Length..];
            if (int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var epoch))
                yield return (path, epoch);
        }
    }

    private static void RequireSame(string path, string setting, string stored, string current)
    {
        if (stored != current)
            throw new InvalidDataException(
                $"Checkpoint '{path}' was trained with {setting} '{stored}'; this training uses '{current}'. " +
                $"Use the same {setting} or another checkpoint directory.");
    }
}

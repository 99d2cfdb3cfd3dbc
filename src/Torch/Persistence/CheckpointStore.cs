using System.Globalization;
using System.Security.Cryptography;
using Denoising.Abstractions;
using Microsoft.Extensions.Logging;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Denoising.Torch.Persistence;

/// <summary>
/// Resumable checkpoints in one folder: <c>epoch-NNNNNN.checkpoint</c>, each written atomically with its SHA-256 in
/// <c>epoch-NNNNNN.checkpoint.sha256</c>; the two newest are kept, so a damaged one (bytes overwritten, truncated)
/// falls back to the one before it with a warning instead of resuming from garbage.
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

    private const string ChecksumExtension = ".sha256";

    /// <summary>The newest complete checkpoint, or null when the folder has none.</summary>
    public string? FindNewest() =>
        CompleteCheckpoints().OrderByDescending(entry => entry.Epoch).Select(entry => entry.Path).FirstOrDefault();

    /// <summary>
    /// Restores the newest checkpoint that is intact, newest first: one whose checksum does not match or that does not
    /// read back is passed over with a warning naming it. Null when the folder has no checkpoint.
    /// </summary>
    /// <exception cref="InvalidDataException">Checkpoints exist but none can be restored; the message names each and why.</exception>
    public Checkpoint? RestoreNewestIntact(
        ImageShape networkShape, TrainingOptions options, nn.Module network, OptimizerHelper optimizer, ILogger logger)
    {
        var problems = new List<string>();
        foreach (var (path, _) in CompleteCheckpoints().OrderByDescending(entry => entry.Epoch))
        {
            var problem = ChecksumProblem(path);
            if (problem is null)
            {
                try
                {
                    return Restore(path, networkShape, options, network, optimizer);
                }
                catch (Exception e) when (e is not (OperationCanceledException or OutOfMemoryException))
                {
                    problem = $"'{path}' does not read back: {e.Message}";
                }
            }
            problems.Add(problem);
            logger.LogWarning("Checkpoint passed over: {Problem}; trying the one before it", problem);
        }
        return problems.Count == 0
            ? null
            : throw new InvalidDataException(
                $"No checkpoint in '{_directory}' can be restored: {string.Join("; ", problems)}. Delete the folder to train from the start.");
    }

    /// <summary>Why <paramref name="path"/> differs from the checksum written with it, or null. A checkpoint of an earlier
    /// version has no checksum and is taken as it is.</summary>
    private static string? ChecksumProblem(string path)
    {
        var checksumFile = path + ChecksumExtension;
        if (!File.Exists(checksumFile))
            return null;
        var expected = File.ReadAllText(checksumFile).Trim();
        using var stream = File.OpenRead(path);
        var actual = Convert.ToHexStringLower(SHA256.HashData(stream));
        return string.Equals(expected, actual, StringComparison.OrdinalIgnoreCase)
            ? null
            : $"'{path}' is damaged (SHA-256 {actual}, written as {expected})";
    }

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

    private static CheckpointProgress ReadProgress(BinaryReader reader)
    {
        if (reader.BaseStream.Position >= reader.BaseStream.Length)
            return CheckpointProgress.None;
        var trainedSeconds = reader.ReadDouble();
        var bestEpoch = reader.ReadInt32();
        var bestPsnr = reader.ReadDouble();
        // Written since validate_every; absent from earlier checkpoints.
        var hasSteps = reader.BaseStream.Position < reader.BaseStream.Length;
        var bestStep = hasSteps ? reader.ReadInt64() : -1;
        var steps = hasSteps ? reader.ReadInt64() : -1;
        return new CheckpointProgress(trainedSeconds, bestEpoch > 0 ? new BestEpoch(bestEpoch, bestPsnr, bestStep) : null, steps);
    }

    /// <summary>Writes the checkpoint after the epochs of <paramref name="epochLosses"/>, then drops older ones.</summary>
    public string Write(
        ImageShape shape, TrainingOptions options, IReadOnlyList<double> epochLosses, nn.Module network, OptimizerHelper optimizer,
        CheckpointProgress progress)
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
            writer.Write(progress.Best?.Step ?? -1L);
            writer.Write(progress.Steps);
        });
        using (var written = File.OpenRead(path))
            AtomicFile.WriteAllText(path + ChecksumExtension, Convert.ToHexStringLower(SHA256.HashData(written)) + "\n");
        // The newest two stay: the previous one is the fallback should the newest be damaged later.
        foreach (var older in CompleteCheckpoints().OrderByDescending(entry => entry.Epoch).Skip(2))
        {
            File.Delete(older.Path);
            File.Delete(older.Path + ChecksumExtension);
        }
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

using System.Diagnostics;
using Denoising.Abstractions;
using Denoising.Torch.Persistence;
using Denoising.Torch.Training;
using Microsoft.Extensions.Logging;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Denoising.Torch;

/// <summary>
/// A trainable denoiser around one TorchSharp network. Derived classes only build the network; training, checkpoints,
/// resuming, batched inference, saving and loading are done here. The network maps a [N, C, H, W] batch in [0, 1] to
/// a batch of the same size with values in [0, 1] (end it with a sigmoid; the bce loss needs it), or, for a network
/// whose output is not bounded (a residual one: input - noise), sets <see cref="OutputIsBounded"/> to false; its output
/// is clamped to [0, 1] when denoising and validating, and loss bce is refused.
/// </summary>
public abstract class TorchDenoiser<TOptions> : ITrainableDenoiser, INetworkDenoiser, IDisposable where TOptions : TorchDenoiserOptions
{
    private nn.Module<Tensor, Tensor>? _network;
    private bool _disposed;

    protected TorchDenoiser(TOptions options, ComponentContext context)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(context);
        Options = options;
        Logger = context.LoggerFactory.CreateLogger(GetType());
        Device = TorchCompute.Apply(context.Runtime);
    }

    protected TOptions Options { get; }

    protected ILogger Logger { get; }

    /// <summary>Where the network and its batches live.</summary>
    public Device Device { get; }

    /// <summary>The image shape the network was built for; null until the first Train or Load.</summary>
    public ImageShape? NetworkShape { get; private set; }

    public nn.Module<Tensor, Tensor> Network
    {
        get
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return _network ?? throw new InvalidOperationException($"{DenoiserType} has no network yet: train it or load weights first.");
        }
    }

    public nn.Module<Tensor, Tensor> BuildNetwork(ImageShape shape)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_network is not null)
            throw new InvalidOperationException($"{DenoiserType} has a network already; build one only on a fresh denoiser.");
        var network = NetworkFor(shape, seed: null);
        network.eval();
        return network;
    }

    /// <summary>Builds a freshly initialised network for images of <paramref name="shape"/> (on the CPU; it is moved to <see cref="Device"/>).</summary>
    protected abstract nn.Module<Tensor, Tensor> CreateNetwork(ImageShape shape);

    /// <summary>
    /// Whether the network's output lies in [0, 1] by construction (a sigmoid at the end). False for networks that return
    /// input - noise unclamped, so mse and l1 keep a gradient at black and white; training them with bce is refused.
    /// </summary>
    protected virtual bool OutputIsBounded => true;

    /// <summary>
    /// Whether a network built for <paramref name="networkShape"/> can process images of <paramref name="imageShape"/>.
    /// Exact match by default; fully convolutional networks accept any size with the same channels.
    /// </summary>
    protected virtual bool Accepts(ImageShape networkShape, ImageShape imageShape) => networkShape == imageShape;

    public TrainingSummary Train(TrainingData data, TrainingOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(options);
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (!OutputIsBounded && options.Loss == "bce")
            throw new ArgumentException(
                $"{GetType().Name}: loss 'bce' needs outputs in [0, 1], and this network's output (input - noise) is not bounded; " +
                "use loss: mse or l1.", nameof(options));
        if (options.KeepBest && data.Validation.Count == 0)
            throw new ArgumentException(
                $"{GetType().Name}: keep_best picks the epoch with the best validation PSNR and needs validation pairs (validate_on).",
                nameof(data));
        if (options.ValidateEvery is not null && data.Validation.Count == 0)
            throw new ArgumentException(
                $"{GetType().Name}: validate_every needs validation pairs to score (validate_on).", nameof(data));
        var budget = options.TimeBudgetDuration();
        var shape = EpochBatches.ShapeOf(data);
        var network = NetworkFor(shape, data.Seed);
        RequireValidPairs(data.Validation);

        using var optimizer = Optimizers.Create(options, network.parameters());
        var store = new CheckpointStore(data.CheckpointDirectory, DenoiserType);
        var (losses, restored) = RestoreNewestCheckpoint(store, options, network, optimizer);
        var resumedFrom = losses.Count;
        var trainingClock = new TrainingClock(budget, restored.TrainedSeconds);
        var batches = (EpochBatches.CountOf(data) + options.BatchSize - 1) / options.BatchSize;
        // Checkpoints of earlier versions did not count steps; whole epochs of them are close.
        var restoredSteps = restored.Steps >= 0 ? restored.Steps : (long)resumedFrom * batches;
        if (resumedFrom >= options.Epochs || trainingClock.IsSpent)
        {
            Logger.LogInformation(resumedFrom >= options.Epochs
                ? "Training had already finished; loaded its weights"
                : "The time budget of the training was already spent; loaded its weights");
            UseBestWeights(options.KeepBest, store, restored.Best, restoredSteps, losses.Count, network);
            network.eval();
            return new TrainingSummary(losses, 0, resumedFrom);
        }

        Logger.LogInformation(
            "Training on {Count} {Examples} of {Shape} per epoch for epochs {First}-{Last} on {Device} ({Optimizer}, {Loss} loss, batch {BatchSize}, lr schedule {Schedule}, time budget {Budget})",
            EpochBatches.CountOf(data), data.Patches is null ? "images" : "patches", shape, resumedFrom + 1, options.Epochs, Device, options.Optimizer, options.Loss, options.BatchSize,
            options.LrSchedule, options.TimeBudget ?? "none");
        var scheduler = LearningRateSchedules.Create(options, optimizer, resumedFrom);
        var trainer = new EpochTrainer(network, optimizer, Losses.Create(options.Loss), Device, options.MaxGradientNorm);
        var progress = new EpochProgress(Logger, options.Epochs, batches, restoredSteps, trainingClock, data.Progress);
        var best = restored.Best;
        var lastValidatedStep = -1L;

        // Scores the validation pairs after the current step; with keep_best, keeps the weights when they are the best yet.
        ValidationScore Validate(int epoch)
        {
            var score = ValidationScorer.Score(network, data.Validation, Options.InferenceBatchSize, Device, progress.WantedImages, cancellationToken);
            lastValidatedStep = progress.Step;
            if (options.KeepBest && (best is null || score.Psnr > best.Psnr))
            {
                best = new BestEpoch(epoch, score.Psnr, progress.Step);
                WeightsFile.Write(store.BestWeightsPath, DenoiserType, NetworkShape!.Value, network);
            }
            return score;
        }

        // validate_every: a validation within the epoch; the one after its last batch is the epoch's own.
        Action<int, int>? validateWithinEpoch = options.ValidateEvery is int every
            ? (epoch, batch) =>
            {
                if (batch < batches && progress.Step % every == 0)
                    progress.Validated(epoch + 1, batch, Validate(epoch + 1));
            }
        : null;
        bool ValidatesAtEpochEnd() =>
            data.Validation.Count > 0 && progress.Step != lastValidatedStep
            && (options.ValidateEvery is not int interval || progress.Step % interval == 0);

        try
        {
            for (var epoch = resumedFrom; epoch < options.Epochs; epoch++)
            {
                var clock = Stopwatch.StartNew();
                LearningRateSchedules.SetBudgetedRate(options, optimizer, epoch, trainingClock);
                var learningRate = optimizer.ParamGroups.First().LearningRate;
                var loss = trainer.Run(data, shape, epoch, options.BatchSize, cancellationToken, trainingClock, progress, validateWithinEpoch);
                if (!double.IsFinite(loss))
                    throw new TrainingDivergedException(epoch + 1, loss);
                losses.Add(loss);
                var validation = ValidatesAtEpochEnd() ? Validate(losses.Count) : null;
                scheduler?.step();
                var stopping = trainingClock.IsSpent;
                if (losses.Count % options.CheckpointEvery == 0 || losses.Count == options.Epochs || stopping)
                    store.Write(NetworkShape!.Value, options, losses, network, optimizer,
                        new CheckpointProgress(trainingClock.TrainedSeconds, best, progress.Step));
                progress.EpochFinished(epoch + 1, loss, learningRate, validation, clock.Elapsed.TotalSeconds);
                if (stopping)
                {
                    Logger.LogInformation("Time budget {Budget} reached in epoch {Epoch}; training stops here", options.TimeBudget, epoch + 1);
                    break;
                }
            }
        }
        finally
        {
            network.eval();
        }
        UseBestWeights(options.KeepBest, store, best, progress.Step, losses.Count, network);
        return new TrainingSummary(losses, progress.SecondsPerEpoch, resumedFrom);
    }

    public IReadOnlyList<Image> Denoise(IReadOnlyList<Image> noisy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(noisy);
        ObjectDisposedException.ThrowIf(_disposed, this);
        var network = _network ?? throw new InvalidOperationException(
            $"{DenoiserType} has no weights yet: train it or load saved weights before denoising.");
        RequireAccepted(noisy);
        network.eval();
        using var noGrad = torch.no_grad();
        var denoised = new List<Image>(noisy.Count);
        foreach (var range in InferenceBatches.Split(noisy, Options.InferenceBatchSize))
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var scope = torch.NewDisposeScope();
            var batch = InferenceBatches.Slice(noisy, range);
            var output = network.call(ImageTensors.ToBatch(batch, Device)).clamp(0, 1);
            denoised.AddRange(ImageTensors.ToImages(output, batch));
        }
        return denoised;
    }

    public void Save(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ObjectDisposedException.ThrowIf(_disposed, this);
        var network = _network ?? throw new InvalidOperationException(
            $"{DenoiserType} has no weights to save: train it or load weights first.");
        WeightsFile.Write(path, DenoiserType, NetworkShape!.Value, network);
    }

    public void Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ObjectDisposedException.ThrowIf(_disposed, this);
        var overwriting = false;
        try
        {
            WeightsFile.Read(path, DenoiserType, shape =>
            {
                if (NetworkShape is ImageShape built && built != shape)
                    throw new InvalidDataException($"'{path}' holds weights for {shape} images; this network is built for {built}.");
                overwriting = true;
                return NetworkFor(shape, seed: null);
            });
        }
        catch when (overwriting)
        {
            // A half-loaded network must not denoise: drop it, so the denoiser has no weights until a good load.
            DropNetwork();
            throw;
        }
        _network!.eval();
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (_disposed)
            return;
        if (disposing)
            DropNetwork();
        _disposed = true;
    }

    private void DropNetwork()
    {
        _network?.Dispose();
        _network = null;
        NetworkShape = null;
    }

    private string DenoiserType => GetType().FullName ?? GetType().Name;

    /// <summary>The network, built on first use for <paramref name="shape"/> (seeded when <paramref name="seed"/> is given).</summary>
    private nn.Module<Tensor, Tensor> NetworkFor(ImageShape shape, int? seed)
    {
        if (_network is not null)
        {
            RequireAccepted(shape, "the training set");
            return _network;
        }
        var network = SeededConstruction.Build(seed, () => CreateNetwork(shape));
        network.to(Device);
        _network = network;
        NetworkShape = shape;
        Logger.LogDebug("Built network for {Shape} images on {Device}", shape, Device);
        return network;
    }

    /// <summary>
    /// Loss history and progress of the newest checkpoint, whose weights and optimizer state are restored; empty when none.
    /// </summary>
    private (List<double> Losses, CheckpointProgress Progress) RestoreNewestCheckpoint(
        CheckpointStore store, TrainingOptions options, nn.Module<Tensor, Tensor> network, OptimizerHelper optimizer)
    {
        store.RemoveUnfinished();
        Checkpoint? checkpoint;
        try
        {
            checkpoint = store.RestoreNewestIntact(NetworkShape!.Value, options, network, optimizer, Logger);
        }
        catch
        {
            DropNetwork(); // possibly half-restored
            throw;
        }
        if (checkpoint is null)
            return ([], CheckpointProgress.None);
        Logger.LogInformation("Resuming from checkpoint {Path}: {Done} of {Epochs} epochs done",
            checkpoint.Path, checkpoint.CompletedEpochs, options.Epochs);
        return ([.. checkpoint.EpochLosses], checkpoint.Progress);
    }

    /// <summary>With keep_best, loads the best validation's weights into <paramref name="network"/> unless they are its weights now.</summary>
    /// <param name="steps">Optimiser steps taken so far.</param>
    private void UseBestWeights(bool keepBest, CheckpointStore store, BestEpoch? best, long steps, int completedEpochs, nn.Module<Tensor, Tensor> network)
    {
        if (!keepBest || best is null || (best.Step >= 0 ? best.Step == steps : best.Epoch == completedEpochs))
            return;
        if (!File.Exists(store.BestWeightsPath))
        {
            Logger.LogWarning("The weights of the best epoch {Epoch} are gone ({Path}); keeping those of epoch {Last}",
                best.Epoch, store.BestWeightsPath, completedEpochs);
            return;
        }
        WeightsFile.Read(store.BestWeightsPath, DenoiserType, shape => shape == NetworkShape
            ? network
            : throw new InvalidDataException($"'{store.BestWeightsPath}' holds weights for {shape} images; this network is built for {NetworkShape}."));
        Logger.LogInformation("Keeping the weights of epoch {Epoch}, the best by validation PSNR ({Psnr:F2} dB after step {Step}), not those of epoch {Last}",
            best.Epoch, best.Psnr, best.Step, completedEpochs);
    }

    private void RequireValidPairs(IReadOnlyList<ImagePair> pairs)
    {
        foreach (var pair in pairs)
        {
            if (!pair.Noisy.SameShapeAs(pair.Clean))
                throw new ArgumentException(
                    $"Validation pair '{pair.Clean.Id}': the noisy image is {ImageShape.Of(pair.Noisy)}, the clean one {ImageShape.Of(pair.Clean)}.");
            RequireAccepted(ImageShape.Of(pair.Noisy), $"validation image '{pair.Noisy.Id}'");
        }
    }

    private void RequireAccepted(IEnumerable<Image> images)
    {
        foreach (var image in images)
            RequireAccepted(ImageShape.Of(image), $"image '{image.Id}'");
    }

    private void RequireAccepted(ImageShape shape, string what)
    {
        if (NetworkShape is ImageShape built && !Accepts(built, shape))
            throw new ArgumentException($"The network is built for {built} images; {what} has shape {shape}.");
    }
}

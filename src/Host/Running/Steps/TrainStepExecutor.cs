using Denoising.Abstractions;
using Denoising.Host.Experiments.Definitions;
using Denoising.Host.Models;
using Denoising.Host.Running.Patches;
using Denoising.Host.Terminal;
using Denoising.Host.Training;
using Microsoft.Extensions.Logging;

namespace Denoising.Host.Running.Steps;

/// <summary>
/// Trains a denoiser with checkpoints in the run folder, so a rerun into the same folder resumes, and saves the
/// final model beside them with its description (<see cref="ModelDescription"/>). The denoiser's progress reports go
/// to the run's curves (and TensorBoard events) and to the console's progress display.
/// </summary>
public sealed class TrainStepExecutor(ModelDescriber describer, TrainingDisplay display, ILogger<TrainStepExecutor> logger) : StepExecutor<TrainStep>
{
    protected override void Prepare(TrainStep step, RunComponents components)
    {
        var denoiser = components.Create(step.Denoiser!);
        if (denoiser is not ITrainableDenoiser)
        {
            (denoiser as IDisposable)?.Dispose();
            throw new InvalidOperationException(
                $"step {step.Id}: denoiser '{step.Denoiser!.Type}' needs no training; use it in a denoise step with 'denoiser: {{type: {step.Denoiser.Type}}}'");
        }
        components.Keep(step.Id, new PreparedTraining(components.Create(step.Noise!), (ITrainableDenoiser)denoiser));
    }

    protected override StepTiming? Run(TrainStep step, RunState state, CancellationToken cancellationToken)
    {
        var (noise, denoiser) = state.Components.Prepared<PreparedTraining>(step.Id);
        var clean = state.Images(step.Input!).Images;
        var seed = state.Experiment.SeedOf(step.Id, step.Seed);
        var validation = step.ValidateOn is { } pairs ? state.Images(pairs).Pairs(pairs.Name) : [];
        if (step.ValidateCount is int count && count < validation.Count)
            validation = [.. validation.Take(count)];
        // Plugins write checkpoints and the model into folders the host makes for them.
        var checkpoints = Directory.CreateDirectory(state.Directory.CheckpointDirectory(step.Id)).FullName;
        var first = clean[0];
        var shape = step.Patches is { } patchOptions
            ? (first.Channels, patchOptions.Size, patchOptions.Size)
            : (first.Channels, first.Height, first.Width);
        var summary = display.Show(step.Id, bar =>
        {
            using var recorder = new TrainingRecorder(state.Directory, step.Id, state.Experiment.Options.Tensorboard, bar, logger);
            var data = step.Patches is { } patches
                ? new TrainingData(Sampler(step.Id, clean, first, patches, noise, seed), checkpoints, seed, validation) { Progress = recorder }
                : new TrainingData(clean, NoisySource(step.NoiseMode, noise, clean, seed), checkpoints, seed, validation) { Progress = recorder };
            return denoiser.Train(data, step.Training, cancellationToken);
        });
        var modelFile = state.Directory.ModelFile(step.Id);
        Directory.CreateDirectory(Path.GetDirectoryName(modelFile)!);
        denoiser.Save(modelFile);
        describer.Write(modelFile, step.Denoiser!, shape, step.Noise,
            $"run {state.Directory.Path}, step {step.Id}");
        state.Publish(step.Id, new TrainedModel(denoiser));
        var curves = File.Exists(state.Directory.CurvesFile(step.Id)) ? RunDirectory.CurvesPath(step.Id) : null;
        return new StepTiming(step.Id, step.Kind, 0, summary.SecondsPerEpoch, summary.EpochLosses, curves);
    }

    private PatchSampler Sampler(string stepId, IReadOnlyList<Image> clean, Image first, PatchOptions patches, INoiseModel noise, int seed)
    {
        var sampler = new PatchSampler(clean, patches, noise, seed, first.Channels);
        if (sampler.ImagesAtOnce < Math.Min(patches.ImagesAtOnce, clean.Count))
            logger.LogInformation(
                "Step {Step}: patches are drawn from {Count} images at a time, not images_at_once {Asked}: two windows of images as large as the first ({Shape}) fit in patches.memory_mb {Megabytes}",
                stepId, sampler.ImagesAtOnce, patches.ImagesAtOnce, $"{first.Channels}x{first.Height}x{first.Width}", patches.MemoryMb);
        return sampler;
    }

    private static Func<int, int, Image> NoisySource(NoiseMode mode, INoiseModel noise, IReadOnlyList<Image> clean, int seed)
    {
        if (mode == NoiseMode.Fresh)
            return (index, epoch) => NoiseApplier.Apply(noise, clean[index], seed, epoch);
        var fixedCopy = new Lazy<IReadOnlyList<Image>>(() => NoiseApplier.ApplyAll(noise, clean, seed, CancellationToken.None));
        return (index, _) => fixedCopy.Value[index];
    }

    private sealed record PreparedTraining(INoiseModel Noise, ITrainableDenoiser Denoiser) : IDisposable
    {
        public void Dispose()
        {
            (Denoiser as IDisposable)?.Dispose();
            (Noise as IDisposable)?.Dispose();
        }
    }
}

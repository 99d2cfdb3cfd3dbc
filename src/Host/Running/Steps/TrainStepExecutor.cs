using Denoising.Abstractions;
using Denoising.Host.Experiments.Definitions;

namespace Denoising.Host.Running.Steps;

/// <summary>
/// Trains a denoiser with checkpoints in the run folder, so a rerun into the same folder resumes, and saves the
/// final model beside them.
/// </summary>
public sealed class TrainStepExecutor : StepExecutor<TrainStep>
{
    protected override void Prepare(TrainStep step, RunState state)
    {
        var denoiser = state.Components.Create(step.Denoiser!);
        if (denoiser is not ITrainableDenoiser)
        {
            (denoiser as IDisposable)?.Dispose();
            throw new InvalidOperationException(
                $"step {step.Id}: denoiser '{step.Denoiser!.Type}' needs no training; use it in a denoise step with 'denoiser: {{type: {step.Denoiser.Type}}}'");
        }
        state.Prepare(step.Id, new PreparedTraining(state.Components.Create(step.Noise!), (ITrainableDenoiser)denoiser));
    }

    protected override StepTiming? Run(TrainStep step, RunState state, CancellationToken cancellationToken)
    {
        var (noise, denoiser) = state.Prepared<PreparedTraining>(step.Id);
        var clean = state.Images(step.Input);
        var seed = state.Experiment.SeedOf(step.Id, step.Seed);
        var data = new TrainingData(clean, NoisySource(step.NoiseMode, noise, clean, seed), state.Directory.CheckpointDirectory(step.Id), seed, ValidationPairs(step, state));
        var summary = denoiser.Train(data, step.Training, cancellationToken);
        denoiser.Save(state.Directory.ModelFile(step.Id));
        state.SetOutput(step.Id, denoiser);
        return new StepTiming(step.Id, step.Kind, 0, summary.SecondsPerEpoch, summary.EpochLosses);
    }

    private static Func<int, int, Image> NoisySource(NoiseMode mode, INoiseModel noise, IReadOnlyList<Image> clean, int seed)
    {
        if (mode == NoiseMode.Fresh)
            return (index, epoch) => NoiseApplier.Apply(noise, clean[index], seed, epoch);
        var fixedCopy = new Lazy<IReadOnlyList<Image>>(() => NoiseApplier.ApplyAll(noise, clean, seed, CancellationToken.None));
        return (index, _) => fixedCopy.Value[index];
    }

    private static IReadOnlyList<ImagePair> ValidationPairs(TrainStep step, RunState state)
    {
        if (step.ValidateOn is null)
            return [];
        var noisy = state.Images(step.ValidateOn);
        var clean = state.Images(state.CleanSourceOf[step.ValidateOn]);
        return noisy.Zip(clean, (n, c) => new ImagePair(n, c)).ToList();
    }

    private sealed record PreparedTraining(INoiseModel Noise, ITrainableDenoiser Denoiser);
}

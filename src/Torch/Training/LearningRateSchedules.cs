using Denoising.Abstractions;
using static TorchSharp.torch;
using static TorchSharp.torch.optim.lr_scheduler;

namespace Denoising.Torch.Training;

/// <summary>The learning-rate schedules by the names <see cref="TrainingOptions.LrSchedule"/> accepts, stepped once per epoch.</summary>
public static class LearningRateSchedules
{
    public const string Constant = "constant";
    public const string MultiStep = "multistep";
    public const string Cosine = "cosine";

    /// <summary>
    /// TorchSharp's scheduler for the schedule of <paramref name="options"/> over its epochs, moved on
    /// by <paramref name="completedEpochs"/> steps (a resumed training continues the schedule); null for constant.
    /// </summary>
    public static LRScheduler? Create(TrainingOptions options, optim.Optimizer optimizer, int completedEpochs = 0)
    {
        ArgumentNullException.ThrowIfNull(options);
        var scheduler = options.LrSchedule switch
        {
            Constant => null,
            MultiStep => MultiStepLR(optimizer, options.LrMilestones, options.LrGamma),
            Cosine => CosineAnnealingLR(optimizer, options.Epochs, options.LrMin),
            _ => throw new ArgumentException(
                $"Unknown lr_schedule '{options.LrSchedule}'; expected {Constant}, {MultiStep} or {Cosine}.", nameof(options)),
        };
        // The schedules are functions of the epoch: replaying the steps restores them exactly.
        for (var epoch = 0; scheduler is not null && epoch < completedEpochs; epoch++)
            scheduler.step();
        return scheduler;
    }
}

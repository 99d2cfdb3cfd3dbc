using Denoising.Abstractions;
using static TorchSharp.torch;
using static TorchSharp.torch.optim.lr_scheduler;

namespace Denoising.Torch.Training;

/// <summary>
/// The learning-rate schedules by the names <see cref="TrainingOptions.LrSchedule"/> accepts, stepped once per epoch.
/// With a time budget, cosine follows whichever ends first, the epochs or the budget (<see cref="CosineRate"/>): a
/// budget that stops training at epoch 27 of 150 would otherwise end it at a rate barely below the start.
/// </summary>
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
        if (FollowsBudget(options))
            return null; // set before each epoch from the clock: SetBudgetedRate
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

    /// <summary>Whether the rate follows the time budget rather than a TorchSharp scheduler.</summary>
    public static bool FollowsBudget(TrainingOptions options) =>
        options.LrSchedule == Cosine && options.TimeBudgetDuration() is not null;

    /// <summary>
    /// Cosine annealing from <paramref name="start"/> to <paramref name="minimum"/> by the progress of training: the
    /// larger of the epochs done over all epochs and the seconds trained over the budget, so it ends at the minimum
    /// whichever runs out first.
    /// </summary>
    public static double CosineRate(double start, double minimum, int epochsDone, int epochs, double trainedSeconds, double budgetSeconds)
    {
        var progress = Math.Clamp(Math.Max((double)epochsDone / epochs, trainedSeconds / budgetSeconds), 0, 1);
        return minimum + (start - minimum) * (1 + Math.Cos(Math.PI * progress)) / 2;
    }

    /// <summary>Sets every parameter group's rate for the epoch about to start, when <see cref="FollowsBudget"/>.</summary>
    internal static void SetBudgetedRate(TrainingOptions options, optim.Optimizer optimizer, int epochsDone, TrainingClock clock)
    {
        if (!FollowsBudget(options))
            return;
        var rate = CosineRate(options.LearningRate, options.LrMin, epochsDone, options.Epochs, clock.TrainedSeconds,
            options.TimeBudgetDuration()!.Value.TotalSeconds);
        foreach (var group in optimizer.ParamGroups)
            group.LearningRate = rate;
    }
}

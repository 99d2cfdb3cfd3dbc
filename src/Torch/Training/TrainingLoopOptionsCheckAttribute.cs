using System.ComponentModel.DataAnnotations;

namespace Denoising.Torch.Training;

/// <summary>
/// Checks the training-loop settings of <see cref="TorchDenoiserOptions"/> that involve more than one key, or a text
/// format, when the host validates a denoiser's options; as a class attribute it also covers derived options classes.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
internal sealed class TrainingLoopOptionsCheckAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext) =>
        value is TorchDenoiserOptions options ? Check(options) : ValidationResult.Success;

    private static ValidationResult? Check(TorchDenoiserOptions options)
    {
        if (options.TimeBudget is not null && !TrainingDuration.TryParse(options.TimeBudget, out _))
            return new ValidationResult(
                $"time_budget '{options.TimeBudget}' is not a duration; expected {TrainingDuration.Format}.",
                [nameof(options.TimeBudget)]);
        var milestones = options.LrMilestones ?? [];
        if (options.LrSchedule == LearningRateSchedules.MultiStep && milestones.Length == 0)
            return new ValidationResult(
                "lr_schedule multistep needs lr_milestones: the epochs after which the rate drops, e.g. [30, 60].",
                [nameof(options.LrMilestones)]);
        if (options.LrSchedule != LearningRateSchedules.MultiStep && milestones.Length > 0)
            return new ValidationResult(
                $"lr_milestones apply to lr_schedule multistep only; this schedule is {options.LrSchedule}.",
                [nameof(options.LrMilestones)]);
        for (var i = 0; i < milestones.Length; i++)
        {
            if (milestones[i] < 1 || (i > 0 && milestones[i] <= milestones[i - 1]))
                return new ValidationResult(
                    $"lr_milestones must be increasing epoch counts of at least 1; got [{string.Join(", ", milestones)}].",
                    [nameof(options.LrMilestones)]);
        }
        return ValidationResult.Success;
    }
}

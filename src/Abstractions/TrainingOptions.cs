using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Denoising.Common;

namespace Denoising.Abstractions;

/// <summary>Training settings of a <c>train</c> step, shared by every trainable denoiser.</summary>
public sealed class TrainingOptions : IValidatableObject
{
    [Range(1, 1_000_000)]
    public int Epochs { get; set; } = 10;

    [Range(1, 65_536)]
    public int BatchSize { get; set; } = 16;

    [Range(1e-9, 10.0)]
    public double LearningRate { get; set; } = 1e-3;

    [Range(0.0, 1.0)]
    public double WeightDecay { get; set; }

    /// <summary>bce, mse or l1.</summary>
    [AllowedValues("bce", "mse", "l1")]
    public string Loss { get; set; } = "bce";

    /// <summary>adam, adamw or sgd.</summary>
    [AllowedValues("adam", "adamw", "sgd")]
    public string Optimizer { get; set; } = "adam";

    /// <summary>Save a resumable checkpoint every this many epochs.</summary>
    [Range(1, 1_000_000)]
    public int CheckpointEvery { get; set; } = 1;

    /// <summary>constant, multistep or cosine (since 2.1).</summary>
    [AllowedValues("constant", "multistep", "cosine")]
    [Description("Learning-rate schedule over the epochs: constant; multistep (times lr_gamma after each epoch of lr_milestones); cosine (from learning_rate down to lr_min over all epochs, or over time_budget when that ends first).")]
    public string LrSchedule { get; set; } = "constant";

    [Description("multistep: the epochs after which the learning rate is multiplied by lr_gamma, increasing (e.g. [30, 60]).")]
    public int[] LrMilestones { get; set; } = [];

    [Range(1e-6, 1.0)]
    [Description("multistep: the factor applied at each milestone.")]
    public double LrGamma { get; set; } = 0.1;

    [Range(0.0, 10.0)]
    [Description("cosine: the learning rate reached at the last epoch (or when time_budget is spent).")]
    public double LrMin { get; set; }

    [Range(1e-9, 1e9)]
    [Description("Clip the gradient to this total (L2) norm before each optimizer step; unset: no clipping.")]
    public double? MaxGradientNorm { get; set; }

    [Description("Wall-clock training budget such as 90s, 2m or 3h (a number and s, m or h): training stops after the batch that reaches it, saves a checkpoint and the run goes on. Unset: no budget.")]
    public string? TimeBudget { get; set; }

    [Description("Keep the weights with the best validation PSNR and end training with them (needs validation pairs: validate_on).")]
    public bool KeepBest { get; set; }

    [Range(1, int.MaxValue)]
    [Description("Validate every this many optimiser steps (since 2.2), within epochs as well, instead of after each epoch; keep_best then picks among these validations. Unset: after each epoch.")]
    public int? ValidateEvery { get; set; }

    /// <summary>The parsed <see cref="TimeBudget"/>; null when there is none.</summary>
    /// <exception cref="FormatException">It is not a duration.</exception>
    public TimeSpan? TimeBudgetDuration() => TimeBudget is null ? null : TrainingDuration.Parse(TimeBudget);

    /// <summary>Checks the settings that involve more than one key, or a text format.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (TimeBudget is not null && !TrainingDuration.TryParse(TimeBudget, out _))
            yield return new ValidationResult(
                $"time_budget '{TimeBudget}' is not a duration; expected {TrainingDuration.Format}.", [nameof(TimeBudget)]);
        var milestones = LrMilestones ?? [];
        if (LrSchedule == "multistep" && milestones.Length == 0)
            yield return new ValidationResult(
                "lr_schedule multistep needs lr_milestones: the epochs after which the rate drops, e.g. [30, 60].", [nameof(LrMilestones)]);
        if (LrSchedule != "multistep" && milestones.Length > 0)
            yield return new ValidationResult(
                $"lr_milestones apply to lr_schedule multistep only; this schedule is {LrSchedule}.", [nameof(LrMilestones)]);
        for (var i = 0; i < milestones.Length; i++)
        {
            if (milestones[i] < 1 || (i > 0 && milestones[i] <= milestones[i - 1]))
            {
                yield return new ValidationResult(
                    $"lr_milestones must be increasing epoch counts of at least 1; got [{string.Join(", ", milestones)}].", [nameof(LrMilestones)]);
                break;
            }
        }
    }
}

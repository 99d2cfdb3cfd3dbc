using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Denoising.Torch.Training;

namespace Denoising.Torch;

/// <summary>
/// Options every <see cref="TorchDenoiser{TOptions}"/> shares; architecture options derive from it. Besides inference
/// they hold the training-loop settings the contract's <c>TrainingOptions</c> does not have yet: the learning-rate
/// schedule, gradient clipping, a wall-clock budget and keeping the best epoch.
/// </summary>
[TrainingLoopOptionsCheck]
public class TorchDenoiserOptions
{
    [Range(1, 65_536)]
    [Description("Images per forward pass when denoising or scoring validation images.")]
    public int InferenceBatchSize { get; set; } = 64;

    [AllowedValues(LearningRateSchedules.Constant, LearningRateSchedules.MultiStep, LearningRateSchedules.Cosine)]
    [Description("Learning-rate schedule over the epochs: constant; multistep (times lr_gamma after each epoch of lr_milestones); cosine (from learning_rate down to lr_min over all epochs).")]
    public string LrSchedule { get; set; } = LearningRateSchedules.Constant;

    [Description("multistep: the epochs after which the learning rate is multiplied by lr_gamma, increasing (e.g. [30, 60]).")]
    public int[] LrMilestones { get; set; } = [];

    [Range(1e-6, 1.0)]
    [Description("multistep: the factor applied at each milestone.")]
    public double LrGamma { get; set; } = 0.1;

    [Range(0.0, 10.0)]
    [Description("cosine: the learning rate reached at the last epoch.")]
    public double LrMin { get; set; }

    [Range(1e-9, 1e9)]
    [Description("Clip the gradient to this total (L2) norm before each optimizer step; unset: no clipping.")]
    public double? MaxGradientNorm { get; set; }

    [Description("Wall-clock training budget such as 90s, 2m or 3h (a number and s, m or h): training stops after the batch that reaches it, saves a checkpoint and the run goes on. Unset: no budget.")]
    public string? TimeBudget { get; set; }

    [Description("Keep the weights of the epoch with the best validation PSNR and end training with them (needs validation pairs: validate_on).")]
    public bool KeepBest { get; set; }
}

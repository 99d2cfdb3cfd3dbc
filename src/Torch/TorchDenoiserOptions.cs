using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Denoising.Torch;

/// <summary>
/// Options every <see cref="TorchDenoiser{TOptions}"/> shares; architecture options derive from it. Training-loop
/// settings (schedule, clipping, time budget, best epoch) are the contract's <c>TrainingOptions</c>, under a train
/// step's <c>training:</c>.
/// </summary>
public class TorchDenoiserOptions
{
    [Range(1, 65_536)]
    [Description("Images per forward pass when denoising or scoring validation images.")]
    public int InferenceBatchSize { get; set; } = 64;
}

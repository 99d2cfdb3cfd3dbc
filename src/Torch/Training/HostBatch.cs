namespace Denoising.Torch.Training;

/// <summary>One training batch in CPU memory: planar noisy inputs and clean targets of <paramref name="Count"/> images.</summary>
internal sealed record HostBatch(float[] Noisy, float[] Clean, int Count);

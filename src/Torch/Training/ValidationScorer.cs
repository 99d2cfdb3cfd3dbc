using Denoising.Abstractions;
using Denoising.Common;
using TorchSharp;
using static TorchSharp.torch;

namespace Denoising.Torch.Training;

/// <summary>
/// Mean PSNR (peak 1) of the network's outputs against the clean images of validation pairs, capped as the psnr metric
/// is (<see cref="PeakSignal"/>), on the device.
/// </summary>
internal static class ValidationScorer
{
    public static double MeanPsnr(
        nn.Module<Tensor, Tensor> network, IReadOnlyList<ImagePair> pairs, int batchSize, Device device,
        CancellationToken cancellationToken)
    {
        network.eval();
        using var noGrad = torch.no_grad();
        var noisy = pairs.Select(pair => pair.Noisy).ToArray();
        var clean = pairs.Select(pair => pair.Clean).ToArray();
        var psnrSum = 0.0;
        foreach (var range in InferenceBatches.Split(noisy, batchSize))
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var scope = torch.NewDisposeScope();
            var input = ImageTensors.ToBatch(InferenceBatches.Slice(noisy, range), device);
            var target = ImageTensors.ToBatch(InferenceBatches.Slice(clean, range), device);
            var mse = (network.call(input).clamp(0, 1) - target).square().mean([1, 2, 3]);
            psnrSum += mse.clamp_min(PeakSignal.MinimumMeanSquaredError).log10().mul(-10).sum().item<float>();
        }
        return psnrSum / pairs.Count;
    }
}

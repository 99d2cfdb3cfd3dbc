using Denoising.Abstractions;
using Denoising.Common;
using TorchSharp;
using static TorchSharp.torch;

namespace Denoising.Torch.Training;

/// <summary>
/// Mean PSNR (peak 1) of the network's outputs against the clean images of validation pairs, capped as the psnr metric
/// is (<see cref="PeakSignal"/>), on the device; with the first few outputs as images when asked for.
/// </summary>
internal static class ValidationScorer
{
    /// <param name="keptImages">How many of the first denoised images to return (0: none).</param>
    public static ValidationScore Score(
        nn.Module<Tensor, Tensor> network, IReadOnlyList<ImagePair> pairs, int batchSize, Device device, int keptImages,
        CancellationToken cancellationToken)
    {
        network.eval();
        using var noGrad = torch.no_grad();
        var noisy = pairs.Select(pair => pair.Noisy).ToArray();
        var clean = pairs.Select(pair => pair.Clean).ToArray();
        var psnrSum = 0.0;
        var images = new List<Image>();
        foreach (var range in InferenceBatches.Split(noisy, batchSize))
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var scope = torch.NewDisposeScope();
            var originals = InferenceBatches.Slice(noisy, range);
            var input = ImageTensors.ToBatch(originals, device);
            var target = ImageTensors.ToBatch(InferenceBatches.Slice(clean, range), device);
            var output = network.call(input).clamp(0, 1);
            var mse = (output - target).square().mean([1, 2, 3]);
            psnrSum += mse.clamp_min(PeakSignal.MinimumMeanSquaredError).log10().mul(-10).sum().item<float>();
            if (images.Count < keptImages)
                images.AddRange(ImageTensors.ToImages(output, originals).Take(keptImages - images.Count));
        }
        return new ValidationScore(psnrSum / pairs.Count, images);
    }
}

/// <param name="Psnr">Mean PSNR in dB.</param>
/// <param name="Images">The first denoised validation images, as many as were asked for.</param>
internal sealed record ValidationScore(double Psnr, IReadOnlyList<Image> Images);

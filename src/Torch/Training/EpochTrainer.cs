using Denoising.Abstractions;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Denoising.Torch.Training;

/// <summary>Runs one epoch of minibatch training and returns its mean loss.</summary>
internal sealed class EpochTrainer(
    nn.Module<Tensor, Tensor> network,
    OptimizerHelper optimizer,
    Func<Tensor, Tensor, Tensor> loss,
    Device device)
{
    /// <param name="epoch">0-based epoch; it selects the batch order and the noisy versions.</param>
    public double Run(TrainingData data, ImageShape shape, int epoch, int batchSize, CancellationToken cancellationToken)
    {
        network.train();
        // Summed on the device so a step never waits for the GPU; read once per epoch.
        using var lossSum = torch.zeros(1, ScalarType.Float64, device);
        long imageCount = 0;
        foreach (var batch in EpochBatches.Enumerate(data, shape, epoch, batchSize, cancellationToken))
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var scope = torch.NewDisposeScope();
            var noisy = ImageTensors.ToBatch(batch.Noisy, batch.Count, shape, device);
            var clean = ImageTensors.ToBatch(batch.Clean, batch.Count, shape, device);
            optimizer.zero_grad();
            var batchLoss = loss(network.call(noisy), clean);
            batchLoss.backward();
            optimizer.step();
            lossSum.add_(batchLoss.detach().to(ScalarType.Float64) * batch.Count);
            imageCount += batch.Count;
        }
        return lossSum.item<double>() / imageCount;
    }
}

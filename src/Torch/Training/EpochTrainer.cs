using Denoising.Abstractions;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Denoising.Torch.Training;

/// <summary>
/// Runs one epoch of minibatch training and returns its mean loss. With <paramref name="maxGradientNorm"/> the gradient
/// is scaled down to that total L2 norm before each step.
/// </summary>
internal sealed class EpochTrainer(
    nn.Module<Tensor, Tensor> network,
    OptimizerHelper optimizer,
    Func<Tensor, Tensor, Tensor> loss,
    Device device,
    double? maxGradientNorm = null)
{
    /// <param name="epoch">0-based epoch; it selects the batch order and the noisy versions.</param>
    /// <param name="clock">When its budget is spent, the epoch ends after the current batch; the mean covers the batches trained.</param>
    /// <param name="progress">Told of each optimiser step.</param>
    /// <param name="afterBatch">Called after each optimiser step with the epoch and the batches done in it (a validation within the epoch); may leave the network in eval mode.</param>
    public double Run(
        TrainingData data, ImageShape shape, int epoch, int batchSize, CancellationToken cancellationToken,
        TrainingClock? clock = null, EpochProgress? progress = null, Action<int, int>? afterBatch = null)
    {
        network.train();
        // Summed on the device so a step never waits for the GPU; read once per epoch.
        using var lossSum = torch.zeros(1, ScalarType.Float64, device);
        long imageCount = 0;
        var batchesDone = 0;
        foreach (var batch in EpochBatches.Enumerate(data, shape, epoch, batchSize, cancellationToken))
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var scope = torch.NewDisposeScope();
            var noisy = ImageTensors.ToBatch(batch.Noisy, batch.Count, shape, device);
            var clean = ImageTensors.ToBatch(batch.Clean, batch.Count, shape, device);
            optimizer.zero_grad();
            var batchLoss = loss(network.call(noisy), clean);
            batchLoss.backward();
            if (maxGradientNorm is double maxNorm)
                nn.utils.clip_grad_norm_(network.parameters(), maxNorm);
            optimizer.step();
            lossSum.add_(batchLoss.detach().to(ScalarType.Float64) * batch.Count);
            imageCount += batch.Count;
            progress?.BatchDone(epoch, ++batchesDone);
            if (afterBatch is not null)
            {
                afterBatch(epoch, batchesDone);
                network.train();
            }
            if (clock?.IsSpent == true)
                break;
        }
        return lossSum.item<double>() / imageCount;
    }
}

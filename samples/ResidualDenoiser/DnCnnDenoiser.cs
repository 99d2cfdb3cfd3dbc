using Denoising.Abstractions;
using Denoising.Torch;
using static TorchSharp.torch;

namespace Denoising.Samples.ResidualDenoiser;

/// <summary>
/// A DnCNN-style residual denoiser. The shared <see cref="TorchDenoiser{TOptions}"/> does the training, checkpoints,
/// batching and saving; this class only builds the network. Fully convolutional: it denoises any size with the
/// trained channel count.
/// </summary>
public sealed class DnCnnDenoiser(DnCnnOptions options, ComponentContext context)
    : TorchDenoiser<DnCnnOptions>(options, context), ITrainableDenoiser
{
    protected override nn.Module<Tensor, Tensor> CreateNetwork(ImageShape shape) =>
        new DnCnnNetwork(shape.Channels, Options);

    protected override bool Accepts(ImageShape networkShape, ImageShape imageShape) =>
        networkShape.Channels == imageShape.Channels;

    // Re-implemented only to refuse bce before anything trains; the work is the shared loop's.
    TrainingSummary ITrainableDenoiser.Train(TrainingData data, TrainingOptions training, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(training);
        if (training.Loss == "bce")
            throw new ArgumentException(
                $"{DnCnnPlugin.Name}: loss 'bce' does not suit a residual network, whose output (input - noise, clamped to [0, 1]) " +
                "reaches 0 and 1 exactly and gets no gradient where the clamp is active; use loss: mse (recommended) or l1.",
                nameof(training));
        return Train(data, training, cancellationToken);
    }
}

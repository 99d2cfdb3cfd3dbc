using static TorchSharp.torch;

namespace Denoising.Torch;

/// <summary>
/// A denoiser whose weights are one TorchSharp network, reachable by the host so that it can write them as a PyTorch
/// state dict and fill them from one (export and import); plugins need nothing beyond their network.
/// </summary>
public interface INetworkDenoiser
{
    /// <summary>The image shape the network was built for; null until it is built.</summary>
    ImageShape? NetworkShape { get; }

    /// <summary>The network with its current weights.</summary>
    /// <exception cref="InvalidOperationException">No network yet: train, load or <see cref="BuildNetwork"/> first.</exception>
    nn.Module<Tensor, Tensor> Network { get; }

    /// <summary>Builds a freshly initialised network for images of <paramref name="shape"/>, for weights to be copied into it.</summary>
    /// <exception cref="InvalidOperationException">The denoiser has a network already.</exception>
    nn.Module<Tensor, Tensor> BuildNetwork(ImageShape shape);
}

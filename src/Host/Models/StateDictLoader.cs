using Denoising.Abstractions;
using Denoising.Torch;
using TorchSharp;
using static TorchSharp.torch;

namespace Denoising.Host.Models;

/// <summary>Fills a fresh denoiser's network from a state dict file, after checking every key and shape.</summary>
public static class StateDictLoader
{
    /// <param name="shape">The image shape to build the network for.</param>
    /// <exception cref="InvalidDataException">The file is not a state dict, or its keys or shapes do not fit the network.</exception>
    public static void Load(ITrainableDenoiser denoiser, string path, ImageShape shape)
    {
        var owner = NetworkOf(denoiser, path);
        var network = owner.BuildNetwork(shape);
        var given = StateDictFile.Read(path);
        try
        {
            var expected = network.state_dict();
            StateDictMatch.Require(expected, given, path, $"{denoiser.GetType().Name} built for {shape} images");
            using var noGrad = torch.no_grad();
            foreach (var (key, target) in expected)
                target.copy_(given[key]);
        }
        finally
        {
            foreach (var tensor in given.Values)
                tensor.Dispose();
        }
    }

    /// <summary>The network behind <paramref name="denoiser"/>, for denoisers built on the shared TorchSharp library.</summary>
    /// <exception cref="InvalidDataException">It has no network to read or fill.</exception>
    public static INetworkDenoiser NetworkOf(IDenoiser denoiser, string source) =>
        denoiser as INetworkDenoiser ?? throw new InvalidDataException(
            $"'{source}': {denoiser.GetType().Name} is not a TorchSharp network denoiser (Denoising.Torch), so its weights cannot be read or written as a state dict.");
}

using static TorchSharp.torch;

namespace Denoising.Torch.Persistence;

/// <summary>Reads a network's weights from a file section, turning TorchSharp's layout mismatch into a clear message.</summary>
internal static class NetworkWeights
{
    public static void Load(nn.Module network, BinaryReader reader, string path)
    {
        try
        {
            network.load(reader);
        }
        catch (ArgumentException error)
        {
            throw new InvalidDataException(
                $"'{path}' holds weights of another network layout ({error.Message}). " +
                "Use the same architecture options the weights were trained with.", error);
        }
    }
}

using static TorchSharp.torch;

namespace Denoising.Torch.Persistence;

/// <summary>Learned weights plus the image shape the network was built for, as written by Save.</summary>
internal static class WeightsFile
{
    private const string FileKind = "denoising-weights";

    public static void Write(string path, string denoiserType, ImageShape shape, nn.Module network) =>
        AtomicFile.Write(path, writer =>
        {
            NetworkFileHeader.Write(writer, FileKind, denoiserType, shape);
            network.save(writer);
        });

    /// <summary>Reads the header, asks <paramref name="networkFor"/> for a network of the stored shape and loads the weights into it.</summary>
    public static void Read(string path, string denoiserType, Func<ImageShape, nn.Module> networkFor)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"Weights file '{path}' does not exist.", path);
        using var stream = File.OpenRead(path);
        using var reader = new BinaryReader(stream);
        var shape = NetworkFileHeader.Read(reader, path, FileKind, denoiserType);
        NetworkWeights.Load(networkFor(shape), reader, path);
    }
}

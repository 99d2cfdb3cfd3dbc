namespace Denoising.Torch.Persistence;

/// <summary>
/// The start of every weights and checkpoint file: what kind of file it is, which denoiser wrote it and the image
/// shape its network was built for, so a wrong file fails with a clear message instead of a tensor-size error.
/// </summary>
internal static class NetworkFileHeader
{
    private const int FormatVersion = 1;

    public static void Write(BinaryWriter writer, string kind, string denoiserType, ImageShape shape)
    {
        writer.Write(kind);
        writer.Write(FormatVersion);
        writer.Write(denoiserType);
        writer.Write(shape.Channels);
        writer.Write(shape.Height);
        writer.Write(shape.Width);
    }

    /// <summary>Reads the header and returns the stored shape; throws naming <paramref name="path"/> when it does not fit.</summary>
    public static ImageShape Read(BinaryReader reader, string path, string expectedKind, string expectedDenoiserType)
    {
        string kind;
        int version;
        try
        {
            kind = reader.ReadString();
            version = reader.ReadInt32();
        }
        catch (Exception error) when (error is EndOfStreamException or IOException)
        {
            throw new InvalidDataException($"'{path}' is not a {expectedKind} file.", error);
        }
        if (kind != expectedKind)
            throw new InvalidDataException($"'{path}' is not a {expectedKind} file.");
        if (version != FormatVersion)
            throw new InvalidDataException(
                $"'{path}' has {expectedKind} format version {version}; this build reads version {FormatVersion}.");
        var denoiserType = reader.ReadString();
        if (denoiserType != expectedDenoiserType)
            throw new InvalidDataException(
                $"'{path}' was written by {denoiserType}, not by {expectedDenoiserType}.");
        return new ImageShape(reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32());
    }
}

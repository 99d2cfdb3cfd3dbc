using System.Buffers.Binary;

namespace Denoising.Plugins.Datasets.Idx;

/// <summary>
/// Header of an IDX image file: magic <c>00 00 08 03</c> (unsigned bytes, three dimensions), then the image
/// count, rows and columns as big-endian 32-bit integers.
/// </summary>
public sealed record IdxHeader(int Count, int Rows, int Columns)
{
    public const int Size = 16;
    private const byte UnsignedByteType = 0x08;
    private const int ImageDimensions = 3;
    private const string Expected = "expected an IDX image file (magic 00 00 08 03) such as MNIST's train-images-idx3-ubyte";

    public long ImageBytes => (long)Rows * Columns;

    /// <exception cref="InvalidDataException">The header is not that of an unsigned-byte image file within <paramref name="maxSide"/>.</exception>
    public static IdxHeader Parse(ReadOnlySpan<byte> header, string filePath, int maxSide)
    {
        if (header.Length < 4)
            throw Invalid(filePath, $"it has only {header.Length} bytes");
        if (header[0] != 0 || header[1] != 0)
            throw Invalid(filePath, $"its magic bytes are {Convert.ToHexString(header[..4])}");
        if (header[2] != UnsignedByteType)
            throw Invalid(filePath, $"its data type is 0x{header[2]:X2}; only unsigned bytes (0x08) are supported");
        if (header[3] != ImageDimensions)
            throw Invalid(filePath, $"it has {header[3]} dimension(s)" + (header[3] == 1 ? " (a label file)" : "") +
                                    "; images have 3 (count, rows, columns)");
        if (header.Length < Size)
            throw Invalid(filePath, $"it has only {header.Length} bytes, fewer than the {Size}-byte header");

        // Unsigned, as the format defines them: a count of 0xFFFFFFFF is 4294967295 images, not -1.
        var count = BinaryPrimitives.ReadUInt32BigEndian(header[4..]);
        var rows = BinaryPrimitives.ReadUInt32BigEndian(header[8..]);
        var columns = BinaryPrimitives.ReadUInt32BigEndian(header[12..]);
        if (count < 1 || count > int.MaxValue)
            throw Invalid(filePath, $"its header says {count} images; expected 1 to {int.MaxValue}");
        if (rows < 1 || columns < 1 || rows > maxSide || columns > maxSide)
            throw Invalid(filePath, $"its header says images of {rows}x{columns}; each side must be 1 to {maxSide}");
        return new IdxHeader((int)count, (int)rows, (int)columns);
    }

    private static InvalidDataException Invalid(string filePath, string reason) =>
        new($"Cannot read '{filePath}': {reason}; {Expected}.");
}

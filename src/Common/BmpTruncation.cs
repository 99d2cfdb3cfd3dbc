using System.Buffers.Binary;

namespace Denoising.Common;

/// <summary>
/// ImageSharp 2.1 decodes a BMP cut short without complaint (missing rows come out black), and a 66-byte header
/// claiming 16000x6000 pixels decodes to a black image of that size. For the uncompressed layouts (BI_RGB,
/// BI_BITFIELDS) the header fixes where the pixels start and how many bytes they take: anything shorter is truncated.
/// </summary>
internal static class BmpTruncation
{
    private const int FileHeaderSize = 14;
    private const int InfoHeaderMinimum = 40;
    private const uint Uncompressed = 0;
    private const uint BitFields = 3;

    /// <summary>True for an uncompressed BMP with fewer bytes than its header says its pixels take; false otherwise.</summary>
    public static bool IsTruncatedBmp(ReadOnlySpan<byte> bytes, out long expectedBytes)
    {
        expectedBytes = 0;
        if (bytes.Length < FileHeaderSize + InfoHeaderMinimum || bytes[0] != (byte)'B' || bytes[1] != (byte)'M')
            return false;
        var pixelOffset = BinaryPrimitives.ReadUInt32LittleEndian(bytes[10..]);
        var infoSize = BinaryPrimitives.ReadUInt32LittleEndian(bytes[14..]);
        if (infoSize < InfoHeaderMinimum)
            return false; // OS/2 headers: the decoder judges them
        long width = BinaryPrimitives.ReadInt32LittleEndian(bytes[18..]);
        var height = Math.Abs((long)BinaryPrimitives.ReadInt32LittleEndian(bytes[22..])); // negative: top-down rows
        var bitsPerPixel = BinaryPrimitives.ReadUInt16LittleEndian(bytes[28..]);
        var compression = BinaryPrimitives.ReadUInt32LittleEndian(bytes[30..]);
        if (compression is not (Uncompressed or BitFields) || width <= 0 || bitsPerPixel == 0)
            return false;
        var rowBytes = (width * bitsPerPixel + 31) / 32 * 4;
        expectedBytes = pixelOffset + rowBytes * height;
        return bytes.Length < expectedBytes;
    }
}

using System.Buffers.Binary;

namespace Denoising.Common;

/// <summary>
/// ImageSharp 2.1 decodes a JPEG cut short without complaint (the missing part comes out grey), so this check
/// walks the marker segments to the first scan and looks for the end-of-image marker after it. Entropy-coded
/// data never holds FF D9 (an FF there is followed by 00 or a restart marker), and data appended after the
/// end marker does not matter.
/// </summary>
internal static class JpegTruncation
{
    private const byte MarkerPrefix = 0xFF;
    private const byte StartOfImage = 0xD8;
    private const byte EndOfImage = 0xD9;
    private const byte StartOfScan = 0xDA;

    /// <summary>True for a JPEG whose data ends before its end-of-image marker; false for anything else.</summary>
    public static bool IsTruncatedJpeg(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 2 || bytes[0] != MarkerPrefix || bytes[1] != StartOfImage)
            return false;

        var position = 2;
        while (position + 4 <= bytes.Length)
        {
            if (bytes[position] != MarkerPrefix)
                return false; // malformed headers: the decoder reports those
            var marker = bytes[position + 1];
            if (marker == MarkerPrefix)
            {
                position++; // fill byte before a marker
                continue;
            }

            if (marker == StartOfScan)
                return bytes[(position + 2)..].IndexOf([MarkerPrefix, EndOfImage]) < 0;
            if (marker == EndOfImage)
                return false;
            position += 2 + BinaryPrimitives.ReadUInt16BigEndian(bytes[(position + 2)..]);
        }

        return true;
    }
}

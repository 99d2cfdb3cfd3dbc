using System.Buffers.Binary;
using System.Numerics;
using Tensorboard;

namespace Denoising.Tests.Telemetry;

/// <summary>
/// Reads TensorBoard event files as TensorBoard does, independently of the writer: TFRecord framing (little-endian
/// length, masked CRC32C of the length, data, masked CRC32C of the data), each record an <c>Event</c> protocol buffer.
/// </summary>
internal static class TensorBoardEvents
{
    public static List<Event> ReadAll(string directory) =>
        Directory.EnumerateFiles(directory, "events.out.tfevents.*").Order(StringComparer.Ordinal).SelectMany(Read).ToList();

    /// <summary>Each scalar's values by tag, in file order, with their steps.</summary>
    public static Dictionary<string, List<(long Step, float Value)>> Scalars(IEnumerable<Event> events) =>
        events.Where(e => e.Summary is not null)
            .SelectMany(e => e.Summary.Value.Where(v => v.ValueCase == Summary.Types.Value.ValueOneofCase.SimpleValue).Select(v => (e.Step, v)))
            .GroupBy(pair => pair.v.Tag)
            .ToDictionary(group => group.Key, group => group.Select(pair => (pair.Step, pair.v.SimpleValue)).ToList());

    private static IEnumerable<Event> Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var position = 0;
        while (position < bytes.Length)
        {
            var length = bytes.AsSpan(position, 8);
            Assert.Equal(MaskedCrc(length), BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(position + 8, 4)));
            var count = checked((int)BinaryPrimitives.ReadUInt64LittleEndian(length));
            var data = bytes.AsSpan(position + 12, count);
            Assert.Equal(MaskedCrc(data), BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(position + 12 + count, 4)));
            yield return Event.Parser.ParseFrom(data.ToArray());
            position += 12 + count + 4;
        }
    }

    /// <summary>CRC32C (Castagnoli), rotated and offset as TFRecord masks it.</summary>
    private static uint MaskedCrc(ReadOnlySpan<byte> data)
    {
        var crc = ~0u;
        foreach (var b in data)
            crc = BitOperations.Crc32C(crc, b);
        crc = ~crc;
        return ((crc >> 15) | (crc << 17)) + 0xa282ead8u;
    }
}

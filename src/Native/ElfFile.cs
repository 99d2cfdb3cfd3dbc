using System.Buffers.Binary;
using System.Text;

namespace Denoising.Native;

/// <summary>One section header of an ELF file.</summary>
internal readonly record struct ElfSection(uint Type, long Offset, long Size, uint Link, uint Info);

/// <summary>
/// Minimal read-only view of a little-endian ELF64 file: its section headers and string tables.
/// Enough to read and patch symbol-version sections; nothing is mapped or executed.
/// </summary>
internal sealed class ElfFile
{
    private const int SectionHeaderSize = 64;

    private ElfFile(byte[] bytes, string source, IReadOnlyList<ElfSection> sections)
    {
        Bytes = bytes;
        Source = source;
        Sections = sections;
    }

    public byte[] Bytes { get; }

    /// <summary>File name used in error messages.</summary>
    public string Source { get; }

    public IReadOnlyList<ElfSection> Sections { get; }

    public static ElfFile Parse(byte[] bytes, string source)
    {
        if (bytes.Length < 64 || bytes[0] != 0x7F || bytes[1] != (byte)'E' || bytes[2] != (byte)'L' || bytes[3] != (byte)'F')
            throw new InvalidDataException($"'{source}' is not an ELF file (no \\x7FELF magic).");
        if (bytes[4] != 2 || bytes[5] != 1)
            throw new InvalidDataException($"'{source}' is not a little-endian ELF64 file (class {bytes[4]}, data {bytes[5]}); expected class 2, data 1.");

        var span = bytes.AsSpan();
        var tableOffset = checked((long)BinaryPrimitives.ReadUInt64LittleEndian(span[40..]));
        int entrySize = BinaryPrimitives.ReadUInt16LittleEndian(span[58..]);
        int count = BinaryPrimitives.ReadUInt16LittleEndian(span[60..]);
        if (count == 0 || entrySize < SectionHeaderSize || tableOffset + (long)count * entrySize > bytes.Length)
            throw new InvalidDataException($"'{source}' has no readable section header table (offset {tableOffset}, {count} entries of {entrySize} bytes, file {bytes.Length} bytes).");

        var sections = new ElfSection[count];
        for (var index = 0; index < count; index++)
        {
            var header = span.Slice(checked((int)(tableOffset + (long)index * entrySize)), SectionHeaderSize);
            sections[index] = new ElfSection(
                Type: BinaryPrimitives.ReadUInt32LittleEndian(header[4..]),
                Offset: checked((long)BinaryPrimitives.ReadUInt64LittleEndian(header[24..])),
                Size: checked((long)BinaryPrimitives.ReadUInt64LittleEndian(header[32..])),
                Link: BinaryPrimitives.ReadUInt32LittleEndian(header[40..]),
                Info: BinaryPrimitives.ReadUInt32LittleEndian(header[44..]));
        }
        return new ElfFile(bytes, source, sections);
    }

    /// <summary>The first section of the given sh_type, or null.</summary>
    public ElfSection? FindSection(uint type)
    {
        foreach (var section in Sections)
        {
            if (section.Type == type)
                return section;
        }
        return null;
    }

    /// <summary>The string table a section names through sh_link (as version sections do).</summary>
    public ElfSection LinkedSection(ElfSection section)
    {
        if (section.Link >= Sections.Count)
            throw new InvalidDataException($"'{Source}': section link {section.Link} is outside the {Sections.Count} sections.");
        return Sections[(int)section.Link];
    }

    /// <summary>NUL-terminated string at an offset inside a string-table section.</summary>
    public string ReadString(ElfSection table, uint offset)
    {
        if (offset >= table.Size)
            throw new InvalidDataException($"'{Source}': string offset {offset} is outside its table of {table.Size} bytes.");
        var start = CheckedRange(table.Offset + offset, 1);
        var end = Array.IndexOf(Bytes, (byte)0, start, (int)Math.Min(table.Size - offset, Bytes.Length - start));
        if (end < 0)
            throw new InvalidDataException($"'{Source}': unterminated string at table offset {offset}.");
        return Encoding.ASCII.GetString(Bytes, start, end - start);
    }

    public ushort ReadUInt16(long offset) => BinaryPrimitives.ReadUInt16LittleEndian(Bytes.AsSpan(CheckedRange(offset, 2)));

    public uint ReadUInt32(long offset) => BinaryPrimitives.ReadUInt32LittleEndian(Bytes.AsSpan(CheckedRange(offset, 4)));

    private int CheckedRange(long offset, int length)
    {
        if (offset < 0 || offset + length > Bytes.Length)
            throw new InvalidDataException($"'{Source}': read of {length} bytes at offset {offset} runs past the end of the file ({Bytes.Length} bytes).");
        return (int)offset;
    }
}

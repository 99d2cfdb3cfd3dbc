using System.Buffers.Binary;
using System.Text;

namespace Denoising.Tests.Native;

/// <summary>
/// Builds a minimal little-endian ELF64 file with a string table and one symbol-version section, laid out like
/// the linker does: header, string table, version section, section header table.
/// </summary>
internal static class TinyElf
{
    private const uint StringTableType = 3;
    private const uint VersionNeedType = 0x6ffffffe;
    private const uint VersionDefinitionType = 0x6ffffffd;

    /// <summary>Requirements: (library, versions with their vna_flags).</summary>
    public static byte[] WithRequirements(params (string Library, (string Version, ushort Flags)[] Versions)[] needs)
    {
        var strings = new StringTable();
        var section = new List<byte>();
        for (var needIndex = 0; needIndex < needs.Length; needIndex++)
        {
            var (library, versions) = needs[needIndex];
            var needSize = 16 + 16 * versions.Length;
            var need = new byte[16];
            BinaryPrimitives.WriteUInt16LittleEndian(need, 1);
            BinaryPrimitives.WriteUInt16LittleEndian(need.AsSpan(2), (ushort)versions.Length);
            BinaryPrimitives.WriteUInt32LittleEndian(need.AsSpan(4), strings.Add(library));
            BinaryPrimitives.WriteUInt32LittleEndian(need.AsSpan(8), 16);
            BinaryPrimitives.WriteUInt32LittleEndian(need.AsSpan(12), needIndex == needs.Length - 1 ? 0u : (uint)needSize);
            section.AddRange(need);
            for (var auxIndex = 0; auxIndex < versions.Length; auxIndex++)
            {
                var aux = new byte[16];
                BinaryPrimitives.WriteUInt32LittleEndian(aux, 0x0297f842); // vna_hash: not read by the code under test
                BinaryPrimitives.WriteUInt16LittleEndian(aux.AsSpan(4), versions[auxIndex].Flags);
                BinaryPrimitives.WriteUInt16LittleEndian(aux.AsSpan(6), (ushort)(auxIndex + 2));
                BinaryPrimitives.WriteUInt32LittleEndian(aux.AsSpan(8), strings.Add(versions[auxIndex].Version));
                BinaryPrimitives.WriteUInt32LittleEndian(aux.AsSpan(12), auxIndex == versions.Length - 1 ? 0u : 16u);
                section.AddRange(aux);
            }
        }
        return Assemble(strings, [.. section], VersionNeedType, (uint)needs.Length);
    }

    /// <summary>Definitions, one Verdaux each (the version's own name).</summary>
    public static byte[] WithDefinitions(params string[] versions)
    {
        var strings = new StringTable();
        var section = new List<byte>();
        for (var index = 0; index < versions.Length; index++)
        {
            var definition = new byte[28];
            BinaryPrimitives.WriteUInt16LittleEndian(definition, 1);
            BinaryPrimitives.WriteUInt16LittleEndian(definition.AsSpan(4), (ushort)(index + 1));
            BinaryPrimitives.WriteUInt16LittleEndian(definition.AsSpan(6), 1);
            BinaryPrimitives.WriteUInt32LittleEndian(definition.AsSpan(12), 20);
            BinaryPrimitives.WriteUInt32LittleEndian(definition.AsSpan(16), index == versions.Length - 1 ? 0u : 28u);
            BinaryPrimitives.WriteUInt32LittleEndian(definition.AsSpan(20), strings.Add(versions[index]));
            section.AddRange(definition);
        }
        return Assemble(strings, [.. section], VersionDefinitionType, (uint)versions.Length);
    }

    private static byte[] Assemble(StringTable strings, byte[] versionSection, uint versionType, uint entryCount)
    {
        var stringBytes = strings.ToArray();
        var stringOffset = 64;
        var versionOffset = Align(stringOffset + stringBytes.Length);
        var headerTableOffset = Align(versionOffset + versionSection.Length);
        var file = new byte[headerTableOffset + 3 * 64];

        "\u007FELF"u8.CopyTo(file);
        file[4] = 2; // ELFCLASS64
        file[5] = 1; // little endian
        file[6] = 1; // EV_CURRENT
        BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(16), 3); // ET_DYN
        BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(18), 62); // EM_X86_64
        BinaryPrimitives.WriteUInt64LittleEndian(file.AsSpan(40), (ulong)headerTableOffset);
        BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(52), 64);
        BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(58), 64);
        BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(60), 3);

        stringBytes.CopyTo(file, stringOffset);
        versionSection.CopyTo(file, versionOffset);
        WriteSectionHeader(file, headerTableOffset + 64, StringTableType, stringOffset, stringBytes.Length, link: 0, info: 0);
        WriteSectionHeader(file, headerTableOffset + 128, versionType, versionOffset, versionSection.Length, link: 1, info: entryCount);
        return file;
    }

    private static void WriteSectionHeader(byte[] file, int at, uint type, int offset, int size, uint link, uint info)
    {
        var header = file.AsSpan(at, 64);
        BinaryPrimitives.WriteUInt32LittleEndian(header[4..], type);
        BinaryPrimitives.WriteUInt64LittleEndian(header[24..], (ulong)offset);
        BinaryPrimitives.WriteUInt64LittleEndian(header[32..], (ulong)size);
        BinaryPrimitives.WriteUInt32LittleEndian(header[40..], link);
        BinaryPrimitives.WriteUInt32LittleEndian(header[44..], info);
    }

    private static int Align(int value) => (value + 7) & ~7;

    private sealed class StringTable
    {
        private readonly List<byte> _bytes = [0];

        public uint Add(string value)
        {
            var offset = (uint)_bytes.Count;
            _bytes.AddRange(Encoding.ASCII.GetBytes(value));
            _bytes.Add(0);
            return offset;
        }

        public byte[] ToArray() => [.. _bytes];
    }
}

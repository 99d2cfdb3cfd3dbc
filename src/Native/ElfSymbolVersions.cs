namespace Denoising.Native;

/// <summary>One Vernaux entry: "this file needs version VersionName of LibraryName".</summary>
/// <param name="FlagsOffset">File offset of the entry's vna_flags field, for patching.</param>
internal readonly record struct VersionRequirement(string LibraryName, string VersionName, ushort Flags, long FlagsOffset)
{
    public bool IsWeak => (Flags & ElfSymbolVersions.WeakFlag) != 0;
}

/// <summary>Reads the GNU symbol-versioning sections (.gnu.version_r and .gnu.version_d) of an ELF file.</summary>
internal static class ElfSymbolVersions
{
    public const uint VersionNeedSectionType = 0x6ffffffe; // SHT_GNU_verneed
    public const uint VersionDefinitionSectionType = 0x6ffffffd; // SHT_GNU_verdef
    public const ushort WeakFlag = 0x2; // VER_FLG_WEAK

    /// <summary>All Verneed/Vernaux entries; empty when the file has no .gnu.version_r.</summary>
    public static IReadOnlyList<VersionRequirement> ReadRequirements(ElfFile elf)
    {
        var result = new List<VersionRequirement>();
        if (elf.FindSection(VersionNeedSectionType) is not { } section)
            return result;
        var strings = elf.LinkedSection(section);

        var need = section.Offset;
        for (var needIndex = 0u; needIndex < section.Info; needIndex++)
        {
            // Elf64_Verneed: vn_version u16, vn_cnt u16, vn_file u32, vn_aux u32, vn_next u32.
            var auxCount = elf.ReadUInt16(need + 2);
            var library = elf.ReadString(strings, elf.ReadUInt32(need + 4));
            var aux = need + elf.ReadUInt32(need + 8);
            for (var auxIndex = 0; auxIndex < auxCount; auxIndex++)
            {
                // Elf64_Vernaux: vna_hash u32, vna_flags u16, vna_other u16, vna_name u32, vna_next u32.
                var version = elf.ReadString(strings, elf.ReadUInt32(aux + 8));
                result.Add(new VersionRequirement(library, version, elf.ReadUInt16(aux + 4), aux + 4));
                var nextAux = elf.ReadUInt32(aux + 12);
                if (nextAux == 0)
                    break;
                aux += nextAux;
            }
            var nextNeed = elf.ReadUInt32(need + 12);
            if (nextNeed == 0)
                break;
            need += nextNeed;
        }
        return result;
    }

    /// <summary>Names of the versions a library defines (e.g. GLIBCXX_3.4.30 for libstdc++); empty without .gnu.version_d.</summary>
    public static IReadOnlySet<string> ReadDefinitions(ElfFile elf)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        if (elf.FindSection(VersionDefinitionSectionType) is not { } section)
            return result;
        var strings = elf.LinkedSection(section);

        var definition = section.Offset;
        for (var index = 0u; index < section.Info; index++)
        {
            // Elf64_Verdef: vd_version u16, vd_flags u16, vd_ndx u16, vd_cnt u16, vd_hash u32, vd_aux u32, vd_next u32.
            // The first Verdaux (vda_name u32, vda_next u32) names the version itself; later ones name its parents.
            if (elf.ReadUInt16(definition + 6) > 0)
                result.Add(elf.ReadString(strings, elf.ReadUInt32(definition + elf.ReadUInt32(definition + 12))));
            var next = elf.ReadUInt32(definition + 16);
            if (next == 0)
                break;
            definition += next;
        }
        return result;
    }
}

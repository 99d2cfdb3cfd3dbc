using System.Buffers.Binary;

namespace Denoising.Native;

/// <summary>
/// Marks chosen symbol-version requirements of an ELF file weak (VER_FLG_WEAK in vna_flags). glibc's loader then
/// only notes a missing weak version instead of refusing to load the file.
/// </summary>
internal static class ElfVersionPatcher
{
    /// <summary>A patched copy of <paramref name="original"/>; the input array is not modified.</summary>
    /// <returns>The copy, identical to the input except for the flag bit of each matching requirement.</returns>
    public static byte[] MarkWeak(byte[] original, string source, string libraryName, IReadOnlyCollection<string> versionNames)
    {
        var copy = (byte[])original.Clone();
        var elf = ElfFile.Parse(copy, source);
        var requirements = ElfSymbolVersions.ReadRequirements(elf);
        foreach (var name in versionNames)
        {
            var matches = requirements.Where(r => r.LibraryName == libraryName && r.VersionName == name).ToList();
            if (matches.Count == 0)
                throw new InvalidDataException($"'{source}' has no requirement of version {name} from {libraryName}; nothing to mark weak.");
            foreach (var match in matches)
                BinaryPrimitives.WriteUInt16LittleEndian(copy.AsSpan((int)match.FlagsOffset, 2), (ushort)(match.Flags | ElfSymbolVersions.WeakFlag));
        }
        return copy;
    }
}

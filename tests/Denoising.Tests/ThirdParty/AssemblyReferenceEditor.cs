using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace Denoising.Tests.ThirdParty;

/// <summary>
/// Rewrites the version an assembly records for one of its references, in place: a plugin "built against" another
/// contract version without building a second set of contracts.
/// </summary>
internal static class AssemblyReferenceEditor
{
    public static void SetReferencedVersion(string assemblyPath, string referenceName, Version version)
    {
        long offset;
        using (var stream = File.OpenRead(assemblyPath))
        using (var pe = new PEReader(stream))
        {
            var metadata = pe.GetMetadataReader();
            var handle = metadata.AssemblyReferences.Single(h => metadata.GetString(metadata.GetAssemblyReference(h).Name) == referenceName);
            // An AssemblyRef row starts with MajorVersion, MinorVersion, BuildNumber, RevisionNumber (2 bytes each).
            var row = MetadataTokens.GetRowNumber(handle);
            offset = pe.PEHeaders.MetadataStartOffset
                + metadata.GetTableMetadataOffset(TableIndex.AssemblyRef)
                + (long)(row - 1) * metadata.GetTableRowSize(TableIndex.AssemblyRef);
        }
        using var file = File.OpenWrite(assemblyPath);
        using var writer = new BinaryWriter(file);
        file.Position = offset;
        writer.Write((ushort)version.Major);
        writer.Write((ushort)version.Minor);
        writer.Write((ushort)version.Build);
        writer.Write((ushort)version.Revision);
    }
}

using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Denoising.Abstractions;

namespace Denoising.Host.Plugins;

/// <summary>Reads which contract version a plugin was built against, without loading it.</summary>
public static class ContractCompatibility
{
    public const string ContractAssemblyName = "Denoising.Abstractions";

    /// <returns>The referenced contract version, or null when the assembly does not reference the contracts.</returns>
    public static Version? ReferencedContractVersion(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        if (!pe.HasMetadata)
            return null;
        var metadata = pe.GetMetadataReader();
        foreach (var handle in metadata.AssemblyReferences)
        {
            var reference = metadata.GetAssemblyReference(handle);
            if (metadata.GetString(reference.Name) == ContractAssemblyName)
                return reference.Version;
        }
        return null;
    }

    /// <returns>Null when compatible; otherwise the reason to refuse the plugin.</returns>
    public static string? Check(string pluginName, Version referenced) =>
        referenced.Major == ContractVersion.Major
            ? null
            : $"plugin {pluginName} was built against contract version {referenced.Major}.x ({ContractAssemblyName} {referenced}); this host implements {ContractVersion.Major}.x";
}

using System.Security.Cryptography;

namespace Denoising.Host.Plugins;

/// <summary>A loaded plugin assembly: its name, version and the SHA-256 of its file, as models and runs record it.</summary>
public sealed record PluginIdentity(string Assembly, string? Version, string Sha256)
{
    public static PluginIdentity Of(PluginLoadResult plugin)
    {
        using var file = File.OpenRead(plugin.AssemblyPath);
        return new PluginIdentity(plugin.Name, plugin.Version, Convert.ToHexStringLower(SHA256.HashData(file)));
    }
}

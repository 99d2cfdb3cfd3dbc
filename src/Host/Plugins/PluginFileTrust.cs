using Denoising.Native;

namespace Denoising.Host.Plugins;

/// <summary>
/// Refuses plugin code that another local user could have replaced: the plugin's folder, every folder above it and
/// everything inside it must be owned by root or the user and writable by nobody else (docs/security.md).
/// </summary>
public sealed class PluginFileTrust(PathTrust trust)
{
    /// <summary>More entries than this in one plugin folder are not checked one by one but refused.</summary>
    public const int MaxEntries = 10_000;

    public static PluginFileTrust ForCurrentUser() => new(PathTrust.ForCurrentUser());

    /// <summary>Why the plugin whose main assembly is <paramref name="assemblyPath"/> cannot be trusted, or null.</summary>
    public string? FindProblem(string assemblyPath)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(assemblyPath))!;
        if (trust.FindProblem(folder, mustBePrivate: false) is { } folderProblem)
            return folderProblem;
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false };
        var count = 0;
        foreach (var entry in Directory.EnumerateFileSystemEntries(folder, "*", options))
        {
            if (++count > MaxEntries)
                return $"'{folder}' holds more than {MaxEntries} files";
            if (trust.FindEntryProblem(entry, mustBePrivate: false) is { } problem)
                return problem;
        }
        return null;
    }
}

using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Denoising.Abstractions;
using Denoising.Common;
using Denoising.Host.Configuration;
using Denoising.Host.Sweeps;
using YamlDotNet.RepresentationModel;

namespace Denoising.Host.Running.Caching;

/// <summary>
/// What a dataset's decoded images depend on, as text and its SHA-256 (the cache key): the source's type and options
/// (canonical YAML, defaults included), the plugin's assembly (its build id, so a changed decoder decodes again) and
/// the assemblies it uses, and for every option naming an existing file or folder the path, size and modification time
/// of each file there. Metadata rather than the files' bytes: a stat of LFW's 13,233 files costs a fraction of reading
/// its 170 MB, and a copy that keeps both size and time but changes the bytes is the one case it misses (as for make
/// and rsync). A dataset with options naming no files (synthetic) is keyed by its options and plugin alone.
/// </summary>
public sealed class DatasetFingerprint
{
    /// <summary>Files and folders walked at most; a larger tree is not cached (its walk would cost what decoding saves).</summary>
    public const int MaxEntries = 1_000_000;

    private DatasetFingerprint(string text) => Text = text;

    public string Text { get; }

    public byte[] Key => SHA256.HashData(Encoding.UTF8.GetBytes(Text));

    /// <summary>The first 16 hex digits of the key, for file names.</summary>
    public string ShortKey => Convert.ToHexStringLower(Key)[..16];

    /// <returns>Null when the dataset's files are too many to walk.</returns>
    public static DatasetFingerprint? Of(ComponentSpec source, IDataset dataset, string baseDirectory)
    {
        var text = new StringBuilder();
        var options = OptionsYaml.From(source);
        text.Append("source ").AppendLine(YamlFlow.Write(options, canonical: true));
        var assembly = dataset.GetType().Assembly;
        text.Append("plugin ").Append(assembly.FullName).Append(' ').AppendLine(assembly.ManifestModule.ModuleVersionId.ToString());
        foreach (var reference in assembly.GetReferencedAssemblies().Select(r => r.FullName).Order(StringComparer.Ordinal))
            text.Append("uses ").AppendLine(reference);
        var entries = 0;
        foreach (var path in ExistingPaths(options, baseDirectory).Distinct(StringComparer.Ordinal))
        {
            text.Append("path ").AppendLine(path);
            if (!AppendTree(text, path, ref entries))
                return null;
        }
        return new DatasetFingerprint(text.ToString());
    }

    /// <summary>Every scalar of the options that names an existing file or folder, resolved as components resolve paths.</summary>
    private static IEnumerable<string> ExistingPaths(YamlNode node, string baseDirectory) => node switch
    {
        YamlScalarNode { Value: { Length: > 0 } value } when Resolve(value, baseDirectory) is { } path && Path.Exists(path) => [path],
        YamlMappingNode mapping => mapping.Children.Values.SelectMany(child => ExistingPaths(child, baseDirectory)),
        YamlSequenceNode sequence => sequence.Children.SelectMany(child => ExistingPaths(child, baseDirectory)),
        _ => [],
    };

    private static string? Resolve(string value, string baseDirectory)
    {
        try
        {
            return Path.GetFullPath(PathVariables.Expand(value), baseDirectory);
        }
        catch (ArgumentException)
        {
            return null; // not a path (or names an unset variable): nothing to fingerprint
        }
    }

    private static bool AppendTree(StringBuilder text, string path, ref int entries)
    {
        if (File.Exists(path))
        {
            AppendFile(text, new FileInfo(path), ".");
            return true;
        }
        var root = new DirectoryInfo(path);
        var walk = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = 0 };
        foreach (var entry in root.EnumerateFileSystemInfos("*", walk).OrderBy(e => e.FullName, StringComparer.Ordinal))
        {
            if (++entries > MaxEntries)
                return false;
            var relative = Path.GetRelativePath(root.FullName, entry.FullName);
            if (entry is FileInfo file)
                AppendFile(text, file, relative);
            else if (entry.LinkTarget is not null)
                text.Append(relative).Append(" -> ").AppendLine(entry.LinkTarget); // a linked folder's files are not walked
        }
        return true;
    }

    private static void AppendFile(StringBuilder text, FileInfo file, string relative)
    {
        // A link is described by what it leads to: a changed target changes the key.
        var target = file.LinkTarget is null ? file : file.ResolveLinkTarget(returnFinalTarget: true) as FileInfo ?? file;
        var (size, time) = target.Exists ? (target.Length, target.LastWriteTimeUtc.Ticks) : (-1L, 0L);
        text.Append(relative).Append(' ').Append(size.ToString(CultureInfo.InvariantCulture))
            .Append(' ').AppendLine(time.ToString(CultureInfo.InvariantCulture));
    }
}

using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Denoising.Host.Configuration;

/// <summary>
/// An experiment file parsed to a YAML tree that keeps positions, with command-line overrides applied.
/// Nodes that came from an override remember it, so errors point at the override rather than the file.
/// </summary>
public sealed class ConfigDocument
{
    private readonly Dictionary<YamlNode, string> _overrideOrigins = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<object, (string Location, string KeyPath)> _boundOrigins = new(ReferenceEqualityComparer.Instance);

    private ConfigDocument(string path, YamlMappingNode root)
    {
        FilePath = path;
        Root = root;
    }

    public string FilePath { get; }

    public string BaseDirectory => Path.GetDirectoryName(FilePath)!;

    public YamlMappingNode Root { get; }

    public static ConfigDocument Load(string path, IEnumerable<string>? overrides = null)
    {
        var fullPath = Path.GetFullPath(path);
        if (!File.Exists(fullPath))
            throw new ConfigException(new ConfigError(path, "", "experiment file not found"));
        if (new FileInfo(fullPath).Length > YamlLimits.MaxFileBytes)
            throw new ConfigException(new ConfigError(path, "", $"larger than {YamlLimits.MaxFileBytes >> 20} MiB; an experiment file is a few kilobytes"));
        var document = Parse(fullPath, File.ReadAllText(fullPath));
        foreach (var assignment in overrides ?? [])
            document.ApplyOverride(assignment);
        return document;
    }

    public static ConfigDocument Parse(string path, string yaml)
    {
        if (YamlLimits.FindViolation(yaml) is var (position, problem))
            throw new ConfigException(new ConfigError(Position(path, position), "", $"refused: {problem}"));
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            throw new ConfigException(new ConfigError(Position(path, e.Start), "", $"YAML syntax error: {Innermost(e).Message}"));
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this, without a position, when the file ends inside a bracket or quote.
            throw new ConfigException(new ConfigError(path, "", "YAML syntax error: the file ends inside an unclosed bracket, brace or quote"));
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
            throw new ConfigException(new ConfigError(path, "", "expected a YAML mapping (key: value lines) at the top level"));
        return new ConfigDocument(path, root);
    }

    /// <summary>Where a node came from, for error messages.</summary>
    public string LocationOf(YamlNode node) =>
        _overrideOrigins.TryGetValue(node, out var origin) ? origin : Position(FilePath, node.Start);

    /// <summary>Remembers where a bound object (a component spec) was written, for errors found when it is used.</summary>
    public void RecordOrigin(object bound, YamlNode node, string keyPath) => _boundOrigins[bound] = (LocationOf(node), keyPath);

    /// <summary>An error about a bound object, placed where it was written (or at the file when unknown).</summary>
    public ConfigError ErrorAt(object bound, string message) =>
        _boundOrigins.TryGetValue(bound, out var origin)
            ? new ConfigError(origin.Location, origin.KeyPath, message)
            : new ConfigError(FilePath, "", message);

    /// <summary>Applies <c>key.path=value</c>; the value is read as YAML, so lists and mappings work too.</summary>
    public void ApplyOverride(string assignment)
    {
        var origin = $"--set {assignment}";
        var equals = assignment.IndexOf('=');
        if (equals <= 0)
            throw new ConfigException(new ConfigError(origin, "", "expected key.path=value"));
        var keyPath = assignment[..equals].Trim();
        var value = ParseValue(assignment[(equals + 1)..], origin);
        MarkOrigin(value, origin);
        OverridePath.Set(Root, keyPath, value, origin, created => _overrideOrigins[created] = origin);
    }

    private static YamlNode ParseValue(string text, string origin)
    {
        if (string.IsNullOrWhiteSpace(text))
            return new YamlScalarNode("");
        if (YamlLimits.FindViolation(text) is var (_, problem))
            throw new ConfigException(new ConfigError(origin, "", $"value refused: {problem}"));
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw new ConfigException(new ConfigError(origin, "", $"value is not valid YAML: {Innermost(e).Message}"));
        }
        return stream.Documents[0].RootNode;
    }

    private void MarkOrigin(YamlNode node, string origin)
    {
        foreach (var child in node.AllNodes)
            _overrideOrigins[child] = origin;
    }

    private static string Position(string path, Mark mark) => $"{path}:{mark.Line}:{mark.Column}";

    private static Exception Innermost(Exception e) => e.InnerException is YamlException inner ? Innermost(inner) : e;
}

using Denoising.Host.Configuration;
using Denoising.Host.Plugins;
using Denoising.Host.Reports;
using YamlDotNet.RepresentationModel;

namespace Denoising.Host.Sweeps;

/// <summary>
/// Reads a sweep section: <c>grid</c> (key path: [values], crossed), <c>zip</c> (groups of equally long lists that
/// vary together), <c>exclude</c> (partial assignments to leave out), <c>labels</c> (short names of key paths) and
/// <c>report</c>. Values keep their YAML form, so a whole mapping can be one value. Every problem is reported at once.
/// </summary>
public sealed class SweepParser
{
    public const string GridKey = "grid";
    public const string ZipKey = "zip";
    public const string ExcludeKey = "exclude";
    public const string LabelsKey = "labels";
    public const string ReportKey = "report";

    private static readonly string[] SectionKeys = [GridKey, ZipKey, ExcludeKey, LabelsKey, ReportKey];

    private readonly ConfigDocument _document;
    private readonly OptionsBinder _binder;
    private readonly List<SweepDimension> _dimensions = [];
    private readonly Dictionary<string, YamlNode> _declared = new(StringComparer.Ordinal);

    private SweepParser(ConfigDocument document)
    {
        _document = document;
        // The report section names no components, so an empty registry serves the binder.
        _binder = new OptionsBinder(document, new ComponentRegistry());
    }

    /// <param name="sectionPath">Key path of the section in its file (<c>sweep</c>, or empty for a sweep file).</param>
    /// <param name="otherKeys">Keys of the section read elsewhere (<c>base</c> of a sweep file).</param>
    public static SweepDefinition Parse(ConfigDocument document, YamlMappingNode section, string sectionPath, params string[] otherKeys) =>
        new SweepParser(document).Read(section, sectionPath, otherKeys);

    private SweepDefinition Read(YamlMappingNode section, string sectionPath, string[] otherKeys)
    {
        YamlNode? exclude = null, labels = null, report = null;
        foreach (var (keyNode, value) in section.Children)
        {
            var key = ((YamlScalarNode)keyNode).Value ?? "";
            var path = OptionsBinder.Join(sectionPath, key);
            switch (key)
            {
                case GridKey: ReadGrid(value, path); break;
                case ZipKey: ReadZip(value, path); break;
                case ExcludeKey: exclude = value; break;
                case LabelsKey: labels = value; break;
                case ReportKey: report = value; break;
                default:
                    if (!otherKeys.Contains(key))
                        _binder.AddError(keyNode, path, $"unknown key; expected one of: {string.Join(", ", otherKeys.Concat(SectionKeys))}");
                    break;
            }
        }
        if (_dimensions.Count == 0)
            _binder.AddError(section, sectionPath, "nothing is swept; give 'grid' (key.path: [values]) or 'zip' (a list of {key.path: [values]} groups)");
        var keys = SweepNames.Assign(_dimensions.SelectMany(d => d.Keys).ToList(), labels, OptionsBinder.Join(sectionPath, LabelsKey), _binder);
        var exclusions = exclude is null ? [] : ReadExclusions(exclude, OptionsBinder.Join(sectionPath, ExcludeKey));
        var reportPath = OptionsBinder.Join(sectionPath, ReportKey);
        var errorsBeforeReport = _binder.Errors.Count;
        var reportOptions = report is null ? new ReportOptions() : _binder.Bind<ReportOptions>(report, reportPath);
        if (report is not null && _binder.Errors.Count == errorsBeforeReport)
            HeatmapChecks.Check(reportOptions, report, reportPath, keys, _binder);
        _binder.ThrowIfErrors();
        return new SweepDefinition(_dimensions, exclusions, keys, reportOptions);
    }

    private void ReadGrid(YamlNode node, string path)
    {
        if (node is not YamlMappingNode grid)
        {
            _binder.AddError(node, path, "expected a mapping of key paths to lists of values");
            return;
        }
        foreach (var (keyNode, values) in grid.Children)
        {
            if (Values(keyNode, values, path) is { } list)
                AddDimension([((YamlScalarNode)keyNode).Value!], list.Select(v => (IReadOnlyList<YamlNode>)[v]).ToList(), [keyNode], path);
        }
    }

    private void ReadZip(YamlNode node, string path)
    {
        if (node is not YamlSequenceNode groups)
        {
            _binder.AddError(node, path, "expected a list of groups, each a mapping of key paths to equally long lists");
            return;
        }
        for (var i = 0; i < groups.Children.Count; i++)
        {
            var groupPath = $"{path}[{i}]";
            if (groups.Children[i] is not YamlMappingNode { Children.Count: > 0 } group)
            {
                _binder.AddError(groups.Children[i], groupPath, "expected a mapping of key paths to equally long lists");
                continue;
            }
            var lists = group.Children.Select(entry => (Key: entry.Key, Values: Values(entry.Key, entry.Value, groupPath))).ToList();
            if (lists.Any(l => l.Values is null))
                continue;
            var lengths = lists.Select(l => l.Values!.Count).Distinct().ToList();
            if (lengths.Count > 1)
            {
                _binder.AddError(group, groupPath, "the lists of a zip group must be equally long; found " +
                    string.Join(", ", lists.Select(l => $"{((YamlScalarNode)l.Key).Value}: {l.Values!.Count}")));
                continue;
            }
            var rows = Enumerable.Range(0, lengths[0]).Select(r => (IReadOnlyList<YamlNode>)lists.Select(l => l.Values![r]).ToList()).ToList();
            AddDimension(lists.Select(l => ((YamlScalarNode)l.Key).Value!).ToList(), rows, lists.Select(l => l.Key).ToList(), groupPath);
        }
    }

    /// <summary>The values of one swept key, or null after recording why they cannot be used.</summary>
    private IReadOnlyList<YamlNode>? Values(YamlNode keyNode, YamlNode values, string path)
    {
        var key = (keyNode as YamlScalarNode)?.Value ?? "";
        var keyPath = OptionsBinder.Join(path, key);
        if (key.Split('.').Any(string.IsNullOrWhiteSpace))
        {
            _binder.AddError(keyNode, keyPath, "expected a key path such as steps.model.noise (segments separated by '.', list items by index or id)");
            return null;
        }
        if (values is not YamlSequenceNode { Children.Count: > 0 } list)
        {
            _binder.AddError(values, keyPath, "expected a non-empty list of values; write [value] for a single one");
            return null;
        }
        return list.Children.ToList();
    }

    private void AddDimension(IReadOnlyList<string> keys, IReadOnlyList<IReadOnlyList<YamlNode>> rows, IReadOnlyList<YamlNode> keyNodes, string path)
    {
        for (var k = 0; k < keys.Count; k++)
        {
            if (_declared.TryGetValue(keys[k], out var first))
            {
                _binder.AddError(keyNodes[k], OptionsBinder.Join(path, keys[k]), $"already swept at {_document.LocationOf(first)}; a key can be swept once");
                return;
            }
        }
        for (var r = 1; r < rows.Count; r++)
        {
            var row = rows[r];
            if (rows.Take(r).Any(earlier => earlier.Zip(row).All(pair => YamlValueEquality.Equal(pair.First, pair.Second))))
            {
                _binder.AddError(row[0], OptionsBinder.Join(path, keys[0]), $"value {YamlFlow.Write(row[0])} is listed twice");
                return;
            }
        }
        for (var k = 0; k < keys.Count; k++)
            _declared[keys[k]] = keyNodes[k];
        _dimensions.Add(new SweepDimension(keys, rows));
    }

    private List<SweepExclusion> ReadExclusions(YamlNode node, string path)
    {
        var exclusions = new List<SweepExclusion>();
        if (node is not YamlSequenceNode list)
        {
            _binder.AddError(node, path, "expected a list of partial assignments, e.g. [{steps.model.denoiser: {type: dense-ae}, threads: 2}]");
            return exclusions;
        }
        for (var i = 0; i < list.Children.Count; i++)
        {
            var itemPath = $"{path}[{i}]";
            if (list.Children[i] is not YamlMappingNode { Children.Count: > 0 } item)
            {
                _binder.AddError(list.Children[i], itemPath, "expected a mapping of swept key paths to values");
                continue;
            }
            var values = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
            foreach (var (keyNode, value) in item.Children)
            {
                var key = ((YamlScalarNode)keyNode).Value ?? "";
                if (_declared.ContainsKey(key))
                    values[key] = value;
                else
                    _binder.AddError(keyNode, OptionsBinder.Join(itemPath, key), $"not a swept key; swept: {string.Join(", ", _declared.Keys)}");
            }
            exclusions.Add(new SweepExclusion(values, _document.LocationOf(item), itemPath));
        }
        return exclusions;
    }
}

using System.Globalization;
using System.Text;
using Denoising.Host.Configuration;
using Denoising.Host.Output;
using Denoising.Host.Reports;
using Denoising.Host.Sweeps;
using YamlDotNet.RepresentationModel;

namespace Denoising.Host.Comparing;

/// <summary>
/// Several runs side by side: one row per mean metric (<c>step/input/metric</c>), one column per run, and the config
/// keys whose values differ between the runs' config.yaml. Run folders are read as data: metrics.json within the
/// JSON limits, config.yaml within the same size.
/// </summary>
public sealed record RunComparison(
    IReadOnlyList<string> Runs,
    IReadOnlyList<string> Metrics,
    IReadOnlyDictionary<(string Run, string Metric), double> Values,
    IReadOnlyList<ConfigDifference> Differences)
{
    public static RunComparison Of(IReadOnlyList<string> runDirectories)
    {
        var names = runDirectories.Select(d => Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(d)))).ToList();
        var values = new Dictionary<(string, string), double>();
        var metrics = new List<string>();
        var configs = new List<IReadOnlyDictionary<string, string>>();
        for (var i = 0; i < runDirectories.Count; i++)
        {
            var document = JsonFiles.Read<MetricsDocument>(Path.Combine(runDirectories[i], "metrics.json"));
            foreach (var row in document.Means)
            {
                var column = SummaryTable.ColumnOf(row);
                if (!metrics.Contains(column))
                    metrics.Add(column);
                values[(names[i], column)] = row.Value;
            }
            configs.Add(FlatConfig(Path.Combine(runDirectories[i], "config.yaml")));
        }
        var keys = configs.SelectMany(c => c.Keys).Distinct().Order(StringComparer.Ordinal);
        var differences = keys
            .Select(key => new ConfigDifference(key, configs.Select(c => c.GetValueOrDefault(key)).ToList()))
            .Where(d => d.Values.Distinct().Count() > 1)
            .ToList();
        return new RunComparison(names, metrics, values, differences);
    }

    public string Cell(string run, string metric, string format) =>
        Values.TryGetValue((run, metric), out var value) ? value.ToString(format, CultureInfo.InvariantCulture) : "";

    public string ToConsole()
    {
        var header = new[] { "metric" }.Concat(Runs).ToList();
        var rows = Metrics.Select(m => new[] { m }.Concat(Runs.Select(r => Cell(r, m, "F4"))).ToList()).ToList();
        var widths = header.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToList();
        var text = new StringBuilder();
        foreach (var line in rows.Prepend(header))
            text.AppendJoin("  ", line.Select((cell, i) => i == 0 ? cell.PadRight(widths[i]) : cell.PadLeft(widths[i]))).Append('\n');
        text.Append('\n').Append(Differences.Count == 0 ? "The configs do not differ.\n" : "Config keys that differ:\n");
        foreach (var difference in Differences)
            text.Append("  ").Append(difference.Key).Append(": ").AppendJoin(" | ", difference.Values.Select(v => v ?? "(absent)")).Append('\n');
        return text.ToString();
    }

    public string ToCsv()
    {
        var text = new StringBuilder();
        text.AppendJoin(',', new[] { "metric" }.Concat(Runs).Select(MetricsCsv.Escape)).Append('\n');
        foreach (var metric in Metrics)
            text.AppendJoin(',', new[] { metric }.Concat(Runs.Select(r => Values.TryGetValue((r, metric), out var v) ? MetricsCsv.FormatNumber(v) : "")).Select(MetricsCsv.Escape)).Append('\n');
        return text.ToString();
    }

    public string ToMarkdown()
    {
        var text = new StringBuilder("| metric | ").AppendJoin(" | ", Runs.Select(Escape)).Append(" |\n|---|");
        text.Append(string.Concat(Runs.Select(_ => "---:|"))).Append('\n');
        foreach (var metric in Metrics)
            text.Append("| ").Append(Escape(metric)).Append(" | ").AppendJoin(" | ", Runs.Select(r => Cell(r, metric, "G6"))).Append(" |\n");
        if (Differences.Count > 0)
        {
            text.Append("\n| config key | ").AppendJoin(" | ", Runs.Select(Escape)).Append(" |\n|---|").Append(string.Concat(Runs.Select(_ => "---|"))).Append('\n');
            foreach (var difference in Differences)
                text.Append("| `").Append(difference.Key).Append("` | ").AppendJoin(" | ", difference.Values.Select(v => Escape(v ?? "(absent)"))).Append(" |\n");
        }
        return text.ToString();
    }

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");

    /// <summary>Every leaf of a config as <c>key.path</c> (list items as <c>[i]</c>, steps by id) and its flow YAML text.</summary>
    private static Dictionary<string, string> FlatConfig(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
            throw new FileNotFoundException($"'{path}' does not exist.", path);
        if (info.Length > JsonFiles.MaxBytes)
            throw new InvalidDataException($"'{path}' has {info.Length} bytes, more than the {JsonFiles.MaxBytes} allowed.");
        var document = ConfigDocument.Parse(path, File.ReadAllText(path));
        var flat = new Dictionary<string, string>(StringComparer.Ordinal);
        Flatten(document.Root, "", flat);
        return flat;
    }

    private static void Flatten(YamlNode node, string keyPath, Dictionary<string, string> flat)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                foreach (var (key, value) in mapping.Children)
                    Flatten(value, OptionsBinder.Join(keyPath, ((YamlScalarNode)key).Value ?? ""), flat);
                break;
            case YamlSequenceNode sequence when sequence.Children.All(c => c is YamlMappingNode m && m.Children.ContainsKey(new YamlScalarNode("id"))):
                foreach (var item in sequence.Children.Cast<YamlMappingNode>())
                    Flatten(item, OptionsBinder.Join(keyPath, ((YamlScalarNode)item.Children[new YamlScalarNode("id")]).Value ?? ""), flat);
                break;
            default:
                flat[keyPath] = YamlFlow.Write(node);
                break;
        }
    }
}

/// <summary>A config key and its value in each run (null where a run's config lacks it).</summary>
public sealed record ConfigDifference(string Key, IReadOnlyList<string?> Values);

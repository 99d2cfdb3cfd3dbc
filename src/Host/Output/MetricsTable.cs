using System.Globalization;

namespace Denoising.Host.Output;

/// <summary>
/// The metric means of a run as one aligned text table: a row per evaluate step and input, a column per metric, every
/// number with the same precision, right-aligned; "-" where a step did not compute a metric.
/// </summary>
public static class MetricsTable
{
    public const string NumberFormat = "F4";

    public static IReadOnlyList<string> Lines(IReadOnlyList<MetricRow> means)
    {
        ArgumentNullException.ThrowIfNull(means);
        if (means.Count == 0)
            return [];
        var metrics = means.Select(row => row.Metric).Distinct(StringComparer.Ordinal).ToList();
        var rows = means.GroupBy(row => (row.Step, row.Input))
            .Select(group => (string[])[group.Key.Step, group.Key.Input, .. metrics.Select(metric => Value(group, metric))])
            .ToList();
        string[] header = ["step", "input", .. metrics];
        var widths = header.Select((title, column) => rows.Max(row => row[column].Length) is var width && width > title.Length ? width : title.Length).ToArray();
        return [Line(header, widths), .. rows.Select(row => Line(row, widths))];
    }

    private static string Value(IEnumerable<MetricRow> rows, string metric) =>
        rows.FirstOrDefault(row => row.Metric == metric) is { } row ? row.Value.ToString(NumberFormat, CultureInfo.InvariantCulture) : "-";

    /// <summary>Names left-aligned, metric columns right-aligned, two spaces apart.</summary>
    private static string Line(string[] cells, int[] widths) =>
        string.Join("  ", cells.Select((cell, column) => column < 2 ? cell.PadRight(widths[column]) : cell.PadLeft(widths[column]))).TrimEnd();
}

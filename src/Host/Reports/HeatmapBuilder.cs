using System.Text.RegularExpressions;
using Denoising.Host.Output;
using Denoising.Host.Sweeps;

namespace Denoising.Host.Reports;

/// <summary>
/// Turns a heatmap definition and the points' metrics into matrices: one per value of <c>split_by</c> (or one).
/// Only completed points count. Rows and columns appear in sweep order (inputs in the order of the
/// <c>inputs</c> patterns, then as evaluated); points that land in the same cell are averaged.
/// </summary>
public static class HeatmapBuilder
{
    public static IReadOnlyList<Heatmap> Build(HeatmapOptions options, SweepResults results)
    {
        var keys = results.Sweep.Keys;
        var rows = HeatmapAxis.Resolve(options.Rows, keys) ?? throw Unknown(options.Rows);
        var columns = HeatmapAxis.Resolve(options.Columns, keys) ?? throw Unknown(options.Columns);
        var split = options.SplitBy is null ? null : HeatmapAxis.Resolve(options.SplitBy, keys)?.Key ?? throw Unknown(options.SplitBy);
        var inputFilter = InputFilter(options.Inputs);
        var cells = results.Points
            .Where(p => p.Status == Running.RunStatus.Completed)
            .SelectMany(point => point.Metrics
                .Where(m => m.Metric == options.Metric && (options.Step == "*" || m.Step == options.Step) && inputFilter(m.Input) >= 0)
                .Select(m => new Cell(
                    split is null ? "" : point.ValueLabelOf(split.Key),
                    Coordinate(rows, point, m), Coordinate(columns, point, m), m.Value, inputFilter(m.Input))))
            .ToList();
        var splitValues = split is null ? [""] : Order(results, split, cells.Select(c => c.Split));
        return splitValues.Select(value =>
        {
            var inSplit = cells.Where(c => c.Split == value).ToList();
            var rowLabels = AxisLabels(rows, results, inSplit.Select(c => (c.Row, c.InputOrder)));
            var columnLabels = AxisLabels(columns, results, inSplit.Select(c => (c.Column, c.InputOrder)));
            var values = new double?[rowLabels.Count, columnLabels.Count];
            foreach (var cell in inSplit.GroupBy(c => (c.Row, c.Column)))
                values[rowLabels.IndexOf(cell.Key.Row), columnLabels.IndexOf(cell.Key.Column)] = cell.Average(c => c.Value);
            var splitText = split is null ? "" : $"{split.Name}={value}";
            return new Heatmap(
                FileName(options, splitText),
                options.Title is null ? Title(options, splitText) : splitText.Length == 0 ? options.Title : $"{options.Title}, {splitText}",
                options.Metric, rows.Name, columns.Name,
                rowLabels, columnLabels, values, options.Decimals);
        }).ToList();
    }

    private sealed record Cell(string Split, string Row, string Column, double Value, int InputOrder);

    private static string Coordinate(HeatmapAxis axis, PointSummary point, MetricRow metric) =>
        axis.Key is null ? metric.Input : point.ValueLabelOf(axis.Key.Key);

    private static List<string> AxisLabels(HeatmapAxis axis, SweepResults results, IEnumerable<(string Label, int InputOrder)> present)
    {
        var list = present.ToList();
        return axis.Key is null
            ? list.Select((c, i) => (c.Label, c.InputOrder, i)).OrderBy(c => c.InputOrder).ThenBy(c => c.i).Select(c => c.Label).Distinct().ToList()
            : Order(results, axis.Key, list.Select(c => c.Label));
    }

    /// <summary>The value labels of a key that occur, in the order of the sweep's points.</summary>
    private static List<string> Order(SweepResults results, SweptKey key, IEnumerable<string> present)
    {
        var wanted = present.ToHashSet(StringComparer.Ordinal);
        return results.Sweep.Points.Select(p => p.Assignments.First(a => a.Key == key.Key).Label).Distinct().Where(wanted.Contains).ToList();
    }

    /// <summary>The index of the first pattern an input matches (all match position 0 without patterns), or -1.</summary>
    private static Func<string, int> InputFilter(IReadOnlyList<string> patterns)
    {
        if (patterns.Count == 0)
            return _ => 0;
        var regexes = patterns.Select(p => new Regex("^" + Regex.Escape(p).Replace("\\*", ".*", StringComparison.Ordinal) + "$")).ToList();
        return input => regexes.FindIndex(r => r.IsMatch(input));
    }

    private static string Title(HeatmapOptions options, string splitText) =>
        string.Join(' ', new[] { options.Metric, options.Step == "*" ? "" : options.Step, splitText }.Where(s => s.Length > 0));

    private static string FileName(HeatmapOptions options, string splitText)
    {
        var stem = options.Name ?? $"heatmap-{options.Metric}{(options.Step == "*" ? "" : "-" + options.Step)}";
        return PointNaming.Sanitise(splitText.Length == 0 ? stem : $"{stem}-{splitText}") + ".png";
    }

    private static InvalidDataException Unknown(string axis) =>
        new($"heatmap axis '{axis}' is neither '{HeatmapOptions.InputAxis}' nor a swept key of this sweep");
}

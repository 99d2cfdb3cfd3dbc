using System.Globalization;
using System.Text;
using Denoising.Host.Output;

namespace Denoising.Host.Reports;

/// <summary>summary.md: the summary table for reading, swept values by their short labels, metrics to 4 digits.</summary>
public static class SummaryMarkdown
{
    public const string FileName = "summary.md";

    public static void Write(string path, string title, SummaryTable table)
    {
        var failed = table.Rows.Count(r => r.Error is not null);
        var text = new StringBuilder($"# Sweep {title}\n\n");
        text.Append(CultureInfo.InvariantCulture, $"{table.Rows.Count} points: ")
            .AppendJoin(", ", table.Rows.GroupBy(r => r.Status).Select(g => $"{g.Count()} {g.Key}"))
            .Append(".\n\n");
        AppendLine(text, [SummaryTable.LabelColumn, SummaryTable.StatusColumn, .. table.ValueColumns, .. table.MetricColumns]);
        AppendLine(text, Enumerable.Repeat("---", 2 + table.ValueColumns.Count + table.MetricColumns.Count));
        foreach (var row in table.Rows)
        {
            AppendLine(text, [
                row.Label, row.Status,
                .. table.ValueColumns.Select(name => row.Values[name].Label),
                .. table.MetricColumns.Select(column => row.Metrics.TryGetValue(column, out var value) ? value.ToString("G4", CultureInfo.InvariantCulture) : ""),
            ]);
        }
        if (failed > 0)
        {
            text.Append("\n## Errors\n\n");
            foreach (var row in table.Rows.Where(r => r.Error is not null))
                text.Append(CultureInfo.InvariantCulture, $"- `{row.Label}`: {Cell(row.Error!)}\n");
        }
        AtomicFile.WriteAllText(path, text.ToString());
    }

    private static void AppendLine(StringBuilder text, IEnumerable<string> cells) =>
        text.Append("| ").AppendJoin(" | ", cells.Select(Cell)).Append(" |\n");

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}

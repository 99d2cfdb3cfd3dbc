using System.Globalization;
using System.Text;
using Denoising.Host.Output;

namespace Denoising.Host.Reports;

/// <summary>
/// summary.md: the summary table for reading, swept values by their short labels, metrics to 4 digits; points in
/// <see cref="SummaryRanking"/> order with a rank, the best marked.
/// </summary>
public static class SummaryMarkdown
{
    public const string FileName = "summary.md";
    public const string RankColumn = "rank";
    public const string BestMark = "(best)";

    public static void Write(string path, string title, SummaryTable table, SummaryRanking? ranking)
    {
        var failed = table.Rows.Count(r => r.Error is not null);
        var text = new StringBuilder($"# Sweep {title}\n\n");
        text.Append(CultureInfo.InvariantCulture, $"{table.Rows.Count} points: ")
            .AppendJoin(", ", table.Rows.GroupBy(r => r.Status).Select(g => $"{g.Count()} {g.Key}"))
            .Append(".\n\n");
        if (ranking is not null)
            text.Append(ranking.Describe()).Append("\n\n");
        AppendLine(text, [RankColumn, SummaryTable.LabelColumn, SummaryTable.StatusColumn, .. table.ValueColumns, .. table.MetricColumns]);
        AppendLine(text, Enumerable.Repeat("---", 3 + table.ValueColumns.Count + table.MetricColumns.Count));
        var rows = ranking?.Order(table.Rows) ?? table.Rows;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var rank = ranking?.Score(row) is null ? "" : i == 0 ? $"1 {BestMark}" : (i + 1).ToString(CultureInfo.InvariantCulture);
            AppendLine(text, [
                rank, row.Label, row.Status,
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

using System.Text;
using Denoising.Host.Output;

namespace Denoising.Host.Reports;

/// <summary>summary.csv: the summary table with swept values as flow YAML and metrics at full precision.</summary>
public static class SummaryCsv
{
    public const string FileName = "summary.csv";

    public static void Write(string path, SummaryTable table)
    {
        var text = new StringBuilder();
        AppendLine(text, [SummaryTable.LabelColumn, SummaryTable.StatusColumn, .. table.ValueColumns, .. table.MetricColumns, SummaryTable.ErrorColumn]);
        foreach (var row in table.Rows)
        {
            AppendLine(text, [
                row.Label, row.Status,
                .. table.ValueColumns.Select(name => row.Values[name].Text),
                .. table.MetricColumns.Select(column => row.Metrics.TryGetValue(column, out var value) ? MetricsCsv.FormatNumber(value) : ""),
                row.Error ?? "",
            ]);
        }
        AtomicFile.WriteAllText(path, text.ToString());
    }

    private static void AppendLine(StringBuilder text, IEnumerable<string> fields) =>
        text.AppendJoin(',', fields.Select(MetricsCsv.Escape)).Append('\n');
}

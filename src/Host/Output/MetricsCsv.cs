using System.Globalization;
using System.Text;

namespace Denoising.Host.Output;

/// <summary>
/// Metric rows as CSV (RFC 4180 quoting, invariant culture, round-trip number format, "\n" line ends).
/// Means: step,input,metric,value. Per image: step,input,image,metric,value.
/// </summary>
public static class MetricsCsv
{
    public const string MeansHeader = "step,input,metric,value";
    public const string PerImageHeader = "step,input,image,metric,value";

    public static void WriteMeans(string path, IEnumerable<MetricRow> rows) =>
        AtomicFile.WriteAllText(path, Format(MeansHeader,
            rows.Select(row => new[] { row.Step, row.Input, row.Metric, FormatNumber(row.Value) })));

    public static void WritePerImage(string path, IEnumerable<ImageMetricRow> rows) =>
        AtomicFile.WriteAllText(path, Format(PerImageHeader,
            rows.Select(row => new[] { row.Step, row.Input, row.Image, row.Metric, FormatNumber(row.Value) })));

    public static string FormatNumber(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Format(string header, IEnumerable<string[]> records)
    {
        var text = new StringBuilder(header).Append('\n');
        foreach (var fields in records)
            text.AppendJoin(',', fields.Select(Escape)).Append('\n');
        return text.ToString();
    }

    /// <summary>A field quoted when it holds a comma, quote or line break.</summary>
    public static string Escape(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}

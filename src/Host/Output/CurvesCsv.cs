using System.Globalization;
using System.Text;

namespace Denoising.Host.Output;

/// <summary>
/// The training curves of one train step, <c>curves/STEP.csv</c> in the run folder: one row per epoch and one per
/// validation within an epoch (<c>validate_every</c>), <c>epoch,step,seconds,loss,learning_rate</c> then one
/// <c>validation_METRIC</c> column per validation metric (empty where a row was not validated; the loss is empty in the
/// rows within an epoch). Invariant culture, round-trip numbers, "\n" line ends.
/// </summary>
public static class CurvesCsv
{
    public const string Header = "epoch,step,seconds,loss,learning_rate";
    public const string ValidationPrefix = "validation_";

    private static readonly string[] FixedColumns = Header.Split(',');

    /// <summary>Rewrites the file atomically with <paramref name="rows"/>, validation columns in order of first appearance.</summary>
    public static void Write(string path, IReadOnlyList<CurveRow> rows)
    {
        var metrics = rows.SelectMany(row => row.Validation.Keys).Distinct(StringComparer.Ordinal).ToList();
        var text = new StringBuilder(Header);
        foreach (var metric in metrics)
            text.Append(',').Append(MetricsCsv.Escape(ValidationPrefix + metric));
        text.Append('\n');
        foreach (var row in rows)
        {
            text.Append(row.Epoch.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(row.Step.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(row.Seconds.ToString("F3", CultureInfo.InvariantCulture)).Append(',')
                .Append(Number(row.Loss)).Append(',')
                .Append(Number(row.LearningRate));
            foreach (var metric in metrics)
                text.Append(',').Append(Number(row.Validation.TryGetValue(metric, out var value) ? value : null));
            text.Append('\n');
        }
        AtomicFile.WriteAllText(path, text.ToString());
    }

    /// <summary>The rows of a file <see cref="Write"/> wrote.</summary>
    /// <exception cref="InvalidDataException">The file is not a curves file.</exception>
    public static List<CurveRow> Read(string path)
    {
        var lines = File.ReadAllLines(path);
        var columns = lines.Length == 0 ? [] : lines[0].Split(',');
        if (columns.Length < FixedColumns.Length || !columns.Take(FixedColumns.Length).SequenceEqual(FixedColumns)
            || columns.Skip(FixedColumns.Length).Any(column => !column.StartsWith(ValidationPrefix, StringComparison.Ordinal)))
            throw new InvalidDataException($"'{path}' does not start with the curves header '{Header}'.");
        var metrics = columns.Skip(FixedColumns.Length).Select(column => column[ValidationPrefix.Length..]).ToArray();
        var rows = new List<CurveRow>();
        foreach (var line in lines.Skip(1).Where(line => line.Length > 0))
        {
            var fields = line.Split(',');
            if (fields.Length != columns.Length)
                throw new InvalidDataException($"'{path}': a row has {fields.Length} fields, the header {columns.Length}.");
            var validation = new Dictionary<string, double>(StringComparer.Ordinal);
            for (var i = 0; i < metrics.Length; i++)
            {
                if (ParseNumber(fields[FixedColumns.Length + i], path) is double value)
                    validation[metrics[i]] = value;
            }
            rows.Add(new CurveRow(
                int.Parse(fields[0], NumberStyles.Integer, CultureInfo.InvariantCulture),
                long.Parse(fields[1], NumberStyles.Integer, CultureInfo.InvariantCulture),
                ParseNumber(fields[2], path) ?? 0,
                ParseNumber(fields[3], path),
                ParseNumber(fields[4], path),
                validation));
        }
        return rows;
    }

    /// <summary>The epoch of the last row, read cheaply while the training writes on; null when there is none yet.</summary>
    public static int? LastEpoch(string path)
    {
        var last = File.ReadLines(path).Skip(1).LastOrDefault(line => line.Length > 0);
        var comma = last?.IndexOf(',') ?? -1;
        return comma > 0 && int.TryParse(last.AsSpan(0, comma), NumberStyles.Integer, CultureInfo.InvariantCulture, out var epoch) ? epoch : null;
    }

    private static string Number(double? value) => value is double number ? MetricsCsv.FormatNumber(number) : "";

    private static double? ParseNumber(string field, string path) =>
        field.Length == 0 ? null
        : double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value
        : throw new InvalidDataException($"'{path}': '{field}' is not a number.");
}

/// <summary>One epoch, or one validation within an epoch, of a training curve.</summary>
/// <param name="Epoch">1-based epoch (in progress, for a validation within it).</param>
/// <param name="Step">Optimiser steps since training began.</param>
/// <param name="Seconds">Seconds of training since it began.</param>
/// <param name="Loss">Mean training loss of the epoch; null for a validation within it.</param>
/// <param name="LearningRate">Learning rate of the epoch.</param>
/// <param name="Validation">Validation metrics by name; empty when the epoch was not validated.</param>
public sealed record CurveRow(int Epoch, long Step, double Seconds, double? Loss, double? LearningRate, IReadOnlyDictionary<string, double> Validation);

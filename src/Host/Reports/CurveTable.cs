using Denoising.Host.Output;

namespace Denoising.Host.Reports;

/// <summary>
/// The curves of one train step as columns for charts: the file <see cref="CurvesCsv"/> writes (curves/STEP.csv in its
/// run folder; one row per epoch, and per validation within one), read by it; a value absent from a row (a validation
/// not run, the loss of a validation within an epoch) is NaN.
/// </summary>
public sealed record CurveTable(string StepId, IReadOnlyList<string> Columns, IReadOnlyList<double[]> Rows)
{
    public const string EpochColumn = "epoch";
    public const string StepColumn = "step";
    public const string LossColumn = "loss";

    /// <summary>Larger than years of epochs; checked before reading a file another process may have written.</summary>
    private const long MaxBytes = 16L * 1024 * 1024;

    /// <summary>The columns a report draws, in order: the loss, then each validation metric.</summary>
    public IEnumerable<string> PlottedColumns =>
        Columns.Where(c => c == LossColumn).Concat(Columns.Where(c => c.StartsWith(CurvesCsv.ValidationPrefix, StringComparison.Ordinal)));

    /// <summary>What the curves are drawn against: the epoch, or the step when epochs have several rows (validate_every).</summary>
    public string XColumn
    {
        get
        {
            var epochs = Column(EpochColumn);
            return epochs.Distinct().Count() < epochs.Count ? StepColumn : EpochColumn;
        }
    }

    public IReadOnlyList<double> Column(string name)
    {
        var index = Columns.ToList().IndexOf(name);
        return index < 0 ? [] : Rows.Select(row => index < row.Length ? row[index] : double.NaN).ToList();
    }

    /// <summary>The label of a column on a chart: "validation psnr" for validation_psnr.</summary>
    public static string Describe(string column) =>
        column.StartsWith(CurvesCsv.ValidationPrefix, StringComparison.Ordinal)
            ? $"validation {column[CurvesCsv.ValidationPrefix.Length..]}"
            : column.Replace('_', ' ');

    /// <returns>The table, or null when the file does not exist.</returns>
    /// <exception cref="InvalidDataException">The file is too large, a link, or not a curves file.</exception>
    public static CurveTable? Read(string path, string stepId)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
            return null;
        if (info.Length > MaxBytes || info.LinkTarget is not null)
            throw new InvalidDataException($"'{path}' is a link or larger than {MaxBytes} bytes; not read");
        var rows = CurvesCsv.Read(path);
        var metrics = rows.SelectMany(row => row.Validation.Keys).Distinct(StringComparer.Ordinal).ToList();
        var columns = CurvesCsv.Header.Split(',').Concat(metrics.Select(metric => CurvesCsv.ValidationPrefix + metric)).ToList();
        var values = rows.Select(row => new[] { row.Epoch, row.Step, row.Seconds, row.Loss ?? double.NaN, row.LearningRate ?? double.NaN }
            .Concat(metrics.Select(metric => row.Validation.TryGetValue(metric, out var value) ? value : double.NaN)).ToArray()).ToList();
        return new CurveTable(stepId, columns, values);
    }
}

using System.Globalization;

namespace Denoising.Host.Reports;

/// <summary>
/// The curves of one train step (curves/STEP.csv in its run folder): one row per epoch (and per validation within one), columns <c>epoch, step,
/// seconds, loss, learning_rate</c> then <c>validation_METRIC</c> for each validation metric. Numbers only; an empty
/// or unreadable field is NaN (a column absent from an epoch, such as a validation not run).
/// </summary>
public sealed record CurveTable(string StepId, IReadOnlyList<string> Columns, IReadOnlyList<double[]> Rows)
{
    public const string Folder = "curves";
    public const string EpochColumn = "epoch";
    public const string StepColumn = "step";
    public const string LossColumn = "loss";
    public const string ValidationPrefix = "validation_";

    /// <summary>Larger than years of epochs; checked before reading a file another process may have written.</summary>
    private const long MaxBytes = 16L * 1024 * 1024;

    /// <summary>The columns a report draws, in order: the loss, then each validation metric.</summary>
    public IEnumerable<string> PlottedColumns =>
        Columns.Where(c => c == LossColumn).Concat(Columns.Where(c => c.StartsWith(ValidationPrefix, StringComparison.Ordinal)));

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
        column.StartsWith(ValidationPrefix, StringComparison.Ordinal) ? $"validation {column[ValidationPrefix.Length..]}" : column.Replace('_', ' ');

    /// <returns>The table, or null when the file does not exist.</returns>
    /// <exception cref="InvalidDataException">The file is too large or has no header.</exception>
    public static CurveTable? Read(string path, string stepId)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
            return null;
        if (info.Length > MaxBytes || info.LinkTarget is not null)
            throw new InvalidDataException($"'{path}' is a link or larger than {MaxBytes} bytes; not read");
        var lines = File.ReadAllLines(path).Where(line => line.Length > 0).ToList();
        if (lines.Count == 0)
            throw new InvalidDataException($"'{path}' has no header line");
        var columns = lines[0].Split(',').Select(c => c.Trim()).ToList();
        var rows = lines.Skip(1).Select(line => line.Split(',').Select(Parse).ToArray()).ToList();
        return new CurveTable(stepId, columns, rows);
    }

    private static double Parse(string field) =>
        double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : double.NaN;
}

using System.Globalization;
using Denoising.Host.Reports.Charts;

namespace Denoising.Host.Reports;

/// <summary>A matrix of metric values ready to draw; a null cell has no value (no point, or not finished).</summary>
/// <param name="RowAxis">What the rows run over (a swept key's short name, or <c>input</c>); likewise <paramref name="ColumnAxis"/>.</param>
public sealed record Heatmap(
    string FileName,
    string Title,
    string Metric,
    string RowAxis,
    string ColumnAxis,
    IReadOnlyList<string> RowLabels,
    IReadOnlyList<string> ColumnLabels,
    double?[,] Values,
    int Decimals)
{
    public ValueRange FiniteRange() => ValueRange.Of(Values.Cast<double?>());

    /// <summary>A cell's value as written in it: <see cref="Decimals"/> digits, or "-" where there is none.</summary>
    public string Format(double? value) => value switch
    {
        null => "-",
        { } v when double.IsNaN(v) => "nan",
        { } v when double.IsInfinity(v) => v > 0 ? "inf" : "-inf",
        { } v => v.ToString("F" + Decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
    };
}

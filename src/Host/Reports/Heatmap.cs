namespace Denoising.Host.Reports;

/// <summary>A matrix of metric values ready to draw; a null cell has no value (no point, or not finished).</summary>
public sealed record Heatmap(
    string FileName,
    string Title,
    string Subtitle,
    IReadOnlyList<string> RowLabels,
    IReadOnlyList<string> ColumnLabels,
    double?[,] Values,
    int Decimals)
{
    /// <summary>The smallest and largest finite values; infinities when there are none.</summary>
    public (double Min, double Max) FiniteRange()
    {
        var finite = Values.Cast<double?>().Where(v => v is { } x && double.IsFinite(x)).Select(v => v!.Value).ToList();
        return finite.Count == 0 ? (double.PositiveInfinity, double.NegativeInfinity) : (finite.Min(), finite.Max());
    }
}

using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Denoising.Host.Reports;

/// <summary>
/// One heatmap (or one per value of <see cref="SplitBy"/>): a metric over two axes, each axis either a swept key
/// (its path or short name) or <c>input</c> (the names of the evaluated image sets). Points that share a cell
/// (another swept key not on an axis, such as a seed) are averaged.
/// </summary>
public sealed class HeatmapOptions
{
    public const string InputAxis = "input";

    [Description("Row axis: a swept key path or short name, or 'input'.")]
    [Required]
    public string Rows { get; set; } = "";

    [Description("Column axis: a swept key path or short name, or 'input'.")]
    [Required]
    public string Columns { get; set; } = InputAxis;

    [Description("Metric shown in the cells: mse, psnr or ssim.")]
    [Required]
    public string Metric { get; set; } = "psnr";

    [Description("Evaluate step whose metrics are used; * for all.")]
    [Required]
    public string Step { get; set; } = "*";

    [Description("Evaluated inputs to show, in column (or row) order; '*' is a wildcard, e.g. denoised-*. Empty: all.")]
    public List<string> Inputs { get; set; } = [];

    [Description("Optional swept key: one heatmap per value of it (e.g. the architecture).")]
    public string? SplitBy { get; set; }

    [Description("Title; defaults to the metric, the step and the split value.")]
    public string? Title { get; set; }

    [Description("File name without extension; defaults to heatmap-METRIC.")]
    [RegularExpression("^[A-Za-z0-9][A-Za-z0-9._-]*$", ErrorMessage = "'name' may hold only letters, digits, '.', '_' and '-'")]
    public string? Name { get; set; }

    [Description("Decimals of the values written in the cells.")]
    [Range(0, 6)]
    public int Decimals { get; set; } = 2;
}

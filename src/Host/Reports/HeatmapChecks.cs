using Denoising.Host.Configuration;
using Denoising.Host.Sweeps;
using YamlDotNet.RepresentationModel;

namespace Denoising.Host.Reports;

/// <summary>
/// Checks, before anything runs, that each heatmap's axes name swept keys or the inputs. Its metric is not checked:
/// plugins register metrics, and a sweep is read before they load (a heatmap of a metric no point has is not drawn).
/// </summary>
public static class HeatmapChecks
{
    public static void Check(ReportOptions report, YamlNode reportNode, string reportPath, IReadOnlyList<SweptKey> keys, OptionsBinder binder)
    {
        var known = $"'{HeatmapOptions.InputAxis}' or a swept key: {string.Join(", ", keys.Select(k => k.Name == k.Key ? k.Key : $"{k.Key} ({k.Name})"))}";
        for (var i = 0; i < report.Heatmaps.Count; i++)
        {
            var heatmap = report.Heatmaps[i];
            var path = $"{reportPath}.heatmaps[{i}]";
            var node = NodeOf(reportNode, i);
            var rows = HeatmapAxis.Resolve(heatmap.Rows, keys);
            var columns = HeatmapAxis.Resolve(heatmap.Columns, keys);
            if (rows is null)
                binder.AddError(node, $"{path}.rows", $"unknown axis '{heatmap.Rows}'; expected {known}");
            if (columns is null)
                binder.AddError(node, $"{path}.columns", $"unknown axis '{heatmap.Columns}'; expected {known}");
            if (rows is not null && rows == columns)
                binder.AddError(node, path, "rows and columns must differ");
            if (heatmap.SplitBy is { } split)
            {
                var splitAxis = HeatmapAxis.Resolve(split, keys);
                if (splitAxis?.Key is null)
                    binder.AddError(node, $"{path}.split_by", $"'{split}' is not a swept key; swept: {string.Join(", ", keys.Select(k => k.Key))}");
                else if (splitAxis == rows || splitAxis == columns)
                    binder.AddError(node, $"{path}.split_by", "must differ from the rows and columns");
            }
        }
    }

    private static YamlNode NodeOf(YamlNode reportNode, int index) =>
        reportNode is YamlMappingNode mapping
        && mapping.Children.TryGetValue(new YamlScalarNode("heatmaps"), out var list)
        && list is YamlSequenceNode sequence && index < sequence.Children.Count
            ? sequence.Children[index]
            : reportNode;
}

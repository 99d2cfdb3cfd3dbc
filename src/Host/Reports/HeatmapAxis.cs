using Denoising.Host.Sweeps;

namespace Denoising.Host.Reports;

/// <summary>What a heatmap axis runs over: the evaluated inputs, or the values of one swept key.</summary>
/// <param name="Key">The swept key, or null for the inputs.</param>
public sealed record HeatmapAxis(SweptKey? Key)
{
    public static readonly HeatmapAxis Inputs = new((SweptKey?)null);

    public string Name => Key?.Name ?? HeatmapOptions.InputAxis;

    /// <summary>The axis named by a key path, a short name or <c>input</c>; null when it names none of them.</summary>
    public static HeatmapAxis? Resolve(string text, IReadOnlyList<SweptKey> keys)
    {
        if (text == HeatmapOptions.InputAxis)
            return Inputs;
        var key = keys.FirstOrDefault(k => k.Key == text) ?? keys.FirstOrDefault(k => k.Name == text);
        return key is null ? null : new HeatmapAxis(key);
    }
}

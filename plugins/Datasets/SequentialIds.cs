namespace Denoising.Plugins.Datasets;

/// <summary>Ids for images that have no name: the index, zero-padded so that ids sort like indices.</summary>
internal static class SequentialIds
{
    public static string Format(int index, int count) =>
        index.ToString("D" + Math.Max(1, (count - 1).ToString().Length), System.Globalization.CultureInfo.InvariantCulture);
}

using Denoising.Host.Experiments.Definitions;

namespace Denoising.Host.Running;

/// <summary>
/// Deterministic train/test split from a seed and a fraction, by image or by group (the part of an id before its
/// last '/', such as an LFW person), so that no group appears on both sides.
/// </summary>
public static class DatasetSplitter
{
    /// <summary>The split of images by their ids alone (no pixels read): the indices of the train and test images, each in dataset order.</summary>
    public static (int[] Train, int[] Test) SplitIndices(
        IReadOnlyList<string> ids, double testFraction, int seed, SplitUnit unit = SplitUnit.Image)
    {
        // Zero means none: the fallback below that keeps a test set from rounding away is for fractions above zero.
        if (testFraction <= 0)
            return (Enumerable.Range(0, ids.Count).ToArray(), []);
        var groups = Enumerable.Range(0, ids.Count)
            .GroupBy(i => unit == SplitUnit.Group ? GroupOf(ids[i]) : ids[i], StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.ToArray())
            .ToArray();
        new Random(seed).Shuffle(groups);
        var wanted = (int)Math.Round(ids.Count * testFraction);
        var isTest = new bool[ids.Count];
        var taken = 0;
        // Whole groups that still fit, in shuffled order; the smallest one when none fits (one huge group).
        foreach (var group in groups.Where(g => g.Length <= wanted).DefaultIfEmpty(groups.MinBy(g => g.Length) ?? []))
        {
            if (taken + group.Length > Math.Max(wanted, group.Length))
                continue;
            foreach (var index in group)
                isTest[index] = true;
            taken += group.Length;
        }
        return (Enumerable.Range(0, ids.Count).Where(i => !isTest[i]).ToArray(),
            Enumerable.Range(0, ids.Count).Where(i => isTest[i]).ToArray());
    }

    private static string GroupOf(string id)
    {
        var slash = id.LastIndexOf('/');
        return slash < 0 ? id : id[..slash];
    }
}

using Denoising.Abstractions;
using Denoising.Host.Experiments.Definitions;

namespace Denoising.Host.Running;

/// <summary>
/// Deterministic train/test split from a seed and a fraction, by image or by group (the part of an id before its
/// last '/', such as an LFW person), so that no group appears on both sides.
/// </summary>
public static class DatasetSplitter
{
    public static (IReadOnlyList<Image> Train, IReadOnlyList<Image> Test) Split(
        IReadOnlyList<Image> images, double testFraction, int seed, SplitUnit unit = SplitUnit.Image)
    {
        // Zero means none: the fallback below that keeps a test set from rounding away is for fractions above zero.
        if (testFraction <= 0)
            return (images, []);
        var groups = Enumerable.Range(0, images.Count)
            .GroupBy(i => unit == SplitUnit.Group ? GroupOf(images[i].Id) : images[i].Id, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.ToArray())
            .ToArray();
        new Random(seed).Shuffle(groups);
        var wanted = (int)Math.Round(images.Count * testFraction);
        var isTest = new bool[images.Count];
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
        var test = Enumerable.Range(0, images.Count).Where(i => isTest[i]).Select(i => images[i]).ToList();
        var train = Enumerable.Range(0, images.Count).Where(i => !isTest[i]).Select(i => images[i]).ToList();
        return (train, test);
    }

    private static string GroupOf(string id)
    {
        var slash = id.LastIndexOf('/');
        return slash < 0 ? id : id[..slash];
    }
}

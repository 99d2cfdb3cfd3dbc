using System.Globalization;

namespace Denoising.Host.Sweeps;

/// <summary>
/// Shard <see cref="Index"/> of <see cref="Count"/> (1-based, <c>--shard K/N</c>): the points at positions
/// K-1, K-1+N, K-1+2N... when ordered by hash. The order does not depend on the grid's layout or on which
/// machine computes it, so N shards sharing an output folder run every point exactly once.
/// </summary>
public sealed record Shard(int Index, int Count)
{
    public static readonly Shard All = new(1, 1);

    public static Shard Parse(string text)
    {
        var parts = text.Split('/');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            && count >= 1 && index >= 1 && index <= count)
            return new Shard(index, count);
        throw new FormatException($"--shard '{text}': expected K/N with 1 <= K <= N, e.g. 2/4 for the second of four shards");
    }

    /// <summary>
    /// The shard of a scheduler's task number (<c>--shard-index I --shard-count N</c>): shard (I mod N) + 1. Any N
    /// consecutive numbers cover every shard once, whichever number the scheduler starts from (a Kubernetes completion
    /// index or <c>--array=0-3</c> from 0, <c>--array=1-4</c> from 1), and a task resubmitted alone
    /// (<c>--array=3</c>) runs the same shard as it did in the whole array, which a number counted from the array's
    /// first task would not.
    /// </summary>
    public static Shard FromTaskNumber(int number, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(number);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        return new Shard(number % count + 1, count);
    }

    /// <summary>This shard's points, in the sweep's order.</summary>
    public IReadOnlyList<SweepPoint> Select(IEnumerable<SweepPoint> points) =>
        points.OrderBy(p => p.Hash, StringComparer.Ordinal)
            .Where((_, position) => position % Count == Index - 1)
            .OrderBy(p => p.Index)
            .ToList();

    public override string ToString() => $"{Index}/{Count}";
}

using System.Globalization;

namespace Denoising.Host.Sweeps;

/// <summary>How many points run at once, and the compute threads each gets: the cores shared out.</summary>
public sealed record SweepParallelism(int Points, int ThreadsPerPoint)
{
    /// <summary>The text of <c>--parallel auto</c>.</summary>
    public const string AutoText = "auto";

    /// <summary><c>--parallel N</c>: N points at once, <c>cores / N</c> threads each (at least one).</summary>
    public static SweepParallelism Fixed(int points, int cores)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(points, 1);
        return new SweepParallelism(points, Math.Max(1, cores / points));
    }

    /// <summary>
    /// <c>--parallel auto</c>: one point per core with one thread each, or, when fewer points are left to run than there
    /// are cores, every one of them at once with the cores shared out. Points before threads because the in-tree models
    /// scale far from linearly in threads at these sizes while separate points share nothing: on 2 cores the seed
    /// cross-noise sweep ended 1.24x (quiet machine) to 3.3x (loaded) sooner as 2 points x 1 thread than as 1 x 2
    /// (benchmarks/README.md, "Sweeps").
    /// </summary>
    public static SweepParallelism Auto(int cores, int pendingPoints)
    {
        var points = Math.Clamp(pendingPoints, 1, Math.Max(1, cores));
        return new SweepParallelism(points, Math.Max(1, cores / points));
    }

    /// <summary>N (1 or more) or <see cref="AutoText"/>; null for auto.</summary>
    /// <exception cref="FormatException">Neither.</exception>
    public static int? Parse(string text)
    {
        if (text.Trim().Equals(AutoText, StringComparison.OrdinalIgnoreCase))
            return null;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var points) && points >= 1)
            return points;
        throw new FormatException($"--parallel must be 1 or more (points run at once) or '{AutoText}'; got '{text}'");
    }

    public override string ToString() => $"{Points} at a time, {ThreadsPerPoint} thread{(ThreadsPerPoint == 1 ? "" : "s")} each";
}

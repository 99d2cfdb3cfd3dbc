using Denoising.Host.Configuration;

namespace Denoising.Host.Sweeps;

/// <summary>
/// The points of a sweep: the cartesian product of its axes (the first axis varies slowest), less the excluded
/// points. An exclusion that matches no point is an error, since it is most likely a typo.
/// </summary>
public static class SweepExpander
{
    public static IReadOnlyList<IReadOnlyList<Assignment>> Expand(SweepDefinition definition)
    {
        IEnumerable<IReadOnlyList<Assignment>> points = [[]];
        foreach (var dimension in definition.Dimensions)
        {
            var steps = dimension.Rows
                .Select(row => dimension.Keys.Select((key, k) => new Assignment(key, definition.NameOf(key), row[k], definition.ShownInLabel(key, dimension))).ToList())
                .ToList();
            points = points.SelectMany(point => steps.Select(step => (IReadOnlyList<Assignment>)[.. point, .. step])).ToList();
        }
        var all = points.ToList();
        var errors = definition.Exclusions
            .Where(exclusion => !all.Any(exclusion.Matches))
            .Select(exclusion => new ConfigError(exclusion.Location, exclusion.KeyPath, "matches no point of the sweep; check its keys and values"))
            .ToList();
        if (errors.Count > 0)
            throw new ConfigException(errors);
        return all.Where(point => !definition.Exclusions.Any(exclusion => exclusion.Matches(point))).ToList();
    }
}

using Denoising.Host.Configuration;
using Denoising.Host.Experiments;

namespace Denoising.Host.Sweeps;

/// <summary>
/// Expands a sweep and validates every point as the run command would (its overrides on the base experiment,
/// checked against the plugins), so a bad value is reported before any point runs.
/// </summary>
public sealed class SweepPlanner(ExperimentLoader loader)
{
    public SweepPlan Plan(SweepSource source, IReadOnlyList<string> overrides, IReadOnlyList<string> pluginDirectories)
    {
        // The base on its own first: its problems would otherwise be repeated for every point.
        loader.Load(source.ExperimentPath, overrides, pluginDirectories);
        var points = new List<SweepPoint>();
        var errors = new List<ConfigError>();
        foreach (var assignments in SweepExpander.Expand(source.Definition))
        {
            var label = PointNaming.Label(assignments);
            try
            {
                var experiment = loader.Load(source.ExperimentPath, [.. overrides, .. assignments.Select(a => a.Override)], pluginDirectories);
                points.Add(new SweepPoint(points.Count, assignments, PointHash.Of(experiment.Document.Root), experiment.Options.Threads));
            }
            catch (ConfigException e)
            {
                errors.AddRange(e.Errors.Select(error => error with { Message = $"{error.Message} (point {label})" }));
            }
        }
        foreach (var same in points.GroupBy(p => p.Hash).Where(g => g.Count() > 1))
            errors.Add(new ConfigError(source.ExperimentPath, "", $"points {string.Join(" and ", same.Select(p => p.Label))} resolve to the same experiment"));
        if (errors.Count > 0)
            throw new ConfigException(errors);
        return new SweepPlan(source.Name, source.ExperimentPath, overrides, source.Definition.Keys, points, source.Definition.Report);
    }
}

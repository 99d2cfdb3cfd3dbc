namespace Denoising.Host.Sweeps;

/// <summary>A key path the sweep varies and its short name in labels, summary columns and heatmaps.</summary>
/// <param name="Labelled">Named in the sweep's <c>labels:</c>.</param>
public sealed record SweptKey(string Key, string Name, bool Labelled = false);

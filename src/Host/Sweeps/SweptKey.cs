namespace Denoising.Host.Sweeps;

/// <summary>A key path the sweep varies and its short name in labels, summary columns and heatmaps.</summary>
public sealed record SweptKey(string Key, string Name);

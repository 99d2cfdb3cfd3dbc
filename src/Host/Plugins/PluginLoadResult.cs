namespace Denoising.Host.Plugins;

/// <summary>What happened to one plugin assembly found in a plugin folder.</summary>
/// <param name="Error">Null when the plugin loaded; otherwise why it was skipped.</param>
public sealed record PluginLoadResult(string AssemblyPath, string Name, string? Version, IReadOnlyList<string> Components, string? Error)
{
    public bool Loaded => Error is null;
}

namespace Denoising.Host.Plugins;

/// <summary>A plugin that cannot be used, with the reason.</summary>
public sealed class PluginLoadException(string message, Exception? inner = null) : Exception(message, inner);

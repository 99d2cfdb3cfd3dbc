namespace Denoising.Plugins.Classical;

/// <summary>The identity baseline has no settings.</summary>
public sealed class IdentityOptions;

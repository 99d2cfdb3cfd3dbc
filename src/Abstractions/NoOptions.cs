namespace Denoising.Abstractions;

/// <summary>The options of a component that has none.</summary>
public sealed class NoOptions;

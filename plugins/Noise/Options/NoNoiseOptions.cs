namespace Denoising.Plugins.Noise.Options;

/// <summary>Options of <c>none</c>: there are none; the class exists because every component has options.</summary>
public sealed class NoNoiseOptions;

using Denoising.Abstractions;

namespace Denoising.Plugins.Noise.Models;

/// <summary>A candidate of a <see cref="MixtureNoise"/> and its relative chance of being picked.</summary>
public sealed record WeightedNoiseModel(double Weight, INoiseModel Model);

using Denoising.Abstractions;

namespace Denoising.Plugins.Noise.Models;

/// <summary>Applies one of several noise models per image, picked with probability proportional to its weight.</summary>
public sealed class MixtureNoise : INoiseModel
{
    private readonly INoiseModel[] _models;
    private readonly double[] _cumulativeWeights;

    public MixtureNoise(IReadOnlyList<WeightedNoiseModel> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        if (candidates.Count == 0)
            throw new ArgumentException("A mixture needs at least one noise model.", nameof(candidates));
        _models = new INoiseModel[candidates.Count];
        _cumulativeWeights = new double[candidates.Count];
        var total = 0.0;
        for (var i = 0; i < candidates.Count; i++)
        {
            var candidate = candidates[i];
            if (!(double.IsFinite(candidate.Weight) && candidate.Weight > 0.0))
                throw new ArgumentException(
                    $"Mixture candidate {i} ({candidate.Model}) has weight {candidate.Weight}; weights must be finite and > 0.",
                    nameof(candidates));
            total += candidate.Weight;
            _models[i] = candidate.Model ?? throw new ArgumentException($"Mixture candidate {i} has no model.", nameof(candidates));
            _cumulativeWeights[i] = total;
        }
    }

    public IReadOnlyList<INoiseModel> Models => _models;

    public Image Apply(Image clean, Random random) => Pick(random).Apply(clean, random);

    private INoiseModel Pick(Random random)
    {
        var target = random.NextDouble() * _cumulativeWeights[^1];
        for (var i = 0; i < _models.Length - 1; i++)
        {
            if (target < _cumulativeWeights[i])
                return _models[i];
        }

        return _models[^1];
    }

    public override string ToString() => $"mixture({string.Join(", ", _models.Select(m => m.ToString()))})";
}

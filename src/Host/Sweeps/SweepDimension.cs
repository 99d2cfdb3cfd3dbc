using YamlDotNet.RepresentationModel;

namespace Denoising.Host.Sweeps;

/// <summary>
/// One axis of the cartesian product: a grid key (one key) or a zip group (keys that vary together).
/// <see cref="Rows"/>[i][k] is the value of <see cref="Keys"/>[k] at the axis' i-th step.
/// </summary>
public sealed record SweepDimension(IReadOnlyList<string> Keys, IReadOnlyList<IReadOnlyList<YamlNode>> Rows);

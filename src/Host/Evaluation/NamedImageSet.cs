using Denoising.Abstractions;

namespace Denoising.Host.Evaluation;

/// <summary>A set of images under a name such as "noisy" or "denoised"; images are matched to others by Id.</summary>
public sealed record NamedImageSet(string Name, IReadOnlyList<Image> Images);

using Denoising.Abstractions;

namespace Denoising.Host.Running;

/// <summary>What a dataset or a step publishes under its name for the steps that read it.</summary>
public abstract record StepOutput;

/// <summary>A set of images; a noisy set keeps the clean set it was made from, so it can give noisy and clean pairs.</summary>
public sealed record ImageSet(IReadOnlyList<Image> Images, ImageSet? CleanSource = null) : StepOutput
{
    /// <summary>Each image with the clean image it was made from.</summary>
    public IReadOnlyList<ImagePair> Pairs(string name)
    {
        var clean = CleanSource ?? throw new InvalidOperationException($"'{name}' holds no clean originals; only a noise step's output does");
        return Images.Zip(clean.Images, (noisy, original) => new ImagePair(noisy, original)).ToList();
    }
}

/// <summary>A trained denoiser.</summary>
public sealed record TrainedModel(IDenoiser Denoiser) : StepOutput;

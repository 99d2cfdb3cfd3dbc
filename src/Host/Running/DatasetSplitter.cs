using Denoising.Abstractions;

namespace Denoising.Host.Running;

/// <summary>Deterministic train/test split from a seed and a fraction.</summary>
public static class DatasetSplitter
{
    public static (IReadOnlyList<Image> Train, IReadOnlyList<Image> Test) Split(IReadOnlyList<Image> images, double testFraction, int seed)
    {
        var order = Enumerable.Range(0, images.Count).ToArray();
        new Random(seed).Shuffle(order);
        var testCount = (int)Math.Round(images.Count * testFraction);
        var test = order.Take(testCount).Order().Select(i => images[i]).ToList();
        var train = order.Skip(testCount).Order().Select(i => images[i]).ToList();
        return (train, test);
    }
}

using System.Runtime.ExceptionServices;
using Denoising.Abstractions;

namespace Denoising.Torch.Training;

/// <summary>
/// The batches of one epoch in a seeded order, built on a worker one batch ahead so the next batch's noise is made
/// while the current one trains.
/// </summary>
internal static class EpochBatches
{
    /// <summary>Image indices in the order of epoch <paramref name="epoch"/> (0-based); the same seed and epoch give the same order.</summary>
    public static int[] Order(int count, int seed, int epoch)
    {
        var order = Enumerable.Range(0, count).ToArray();
        new Random(unchecked(seed * 1_000_003 + epoch)).Shuffle(order);
        return order;
    }

    public static IEnumerable<HostBatch> Enumerate(
        TrainingData data, ImageShape shape, int epoch, int batchSize, CancellationToken cancellationToken)
    {
        var order = Order(data.Clean.Count, data.Seed, epoch);
        var batchCount = (order.Length + batchSize - 1) / batchSize;
        Task<HostBatch> BuildAsync(int batch) => Task.Run(
            () => Build(data, shape, epoch, order.AsSpan(batch * batchSize, Math.Min(batchSize, order.Length - batch * batchSize)).ToArray()),
            cancellationToken);

        var next = BuildAsync(0);
        try
        {
            for (var batch = 0; batch < batchCount; batch++)
            {
                var current = next.GetAwaiter().GetResult();
                if (batch + 1 < batchCount)
                    next = BuildAsync(batch + 1);
                yield return current;
            }
        }
        finally
        {
            // Leaves no worker running after training stops early; its outcome no longer matters.
            Task.WaitAny(next);
        }
    }

    private static HostBatch Build(TrainingData data, ImageShape shape, int epoch, int[] indices)
    {
        var pixelCount = shape.PixelCount;
        var noisy = new float[(long)indices.Length * pixelCount];
        var clean = new float[noisy.Length];
        try
        {
            Parallel.For(0, indices.Length, slot => CopyPair(data, epoch, indices[slot], slot * (long)pixelCount, noisy, clean));
        }
        catch (AggregateException error)
        {
            // Report the first failure itself rather than Parallel's wrapper.
            ExceptionDispatchInfo.Capture(error.Flatten().InnerExceptions[0]).Throw();
        }
        return new HostBatch(noisy, clean, indices.Length);
    }

    private static void CopyPair(TrainingData data, int epoch, int index, long offset, float[] noisy, float[] clean)
    {
        var target = data.Clean[index];
        var input = data.NoisyVersion(index, epoch);
        if (!input.SameShapeAs(target))
            throw new InvalidOperationException(
                $"The noisy version of training image '{target.Id}' is {ImageShape.Of(input)}, not {ImageShape.Of(target)}.");
        Array.Copy(input.Pixels, 0, noisy, offset, target.Pixels.Length);
        Array.Copy(target.Pixels, 0, clean, offset, target.Pixels.Length);
    }
}

using System.Runtime.ExceptionServices;
using Denoising.Abstractions;

namespace Denoising.Torch.Training;

/// <summary>
/// The batches of one epoch, built on worker threads ahead of the optimiser (a bounded queue of batches in the making)
/// so the next batches' crops and noise are made while the current one trains. Whole images come in a seeded order;
/// patches in the order <see cref="ITrainingPatches"/> gives them.
/// </summary>
internal static class EpochBatches
{
    /// <summary>Batches in the making at once: one for whole images (as small sets train), more for patches.</summary>
    private const int WholeImagesAhead = 1;
    private const int PatchesAhead = 4;

    /// <summary>Image indices in the order of epoch <paramref name="epoch"/> (0-based); the same seed and epoch give the same order.</summary>
    public static int[] Order(int count, int seed, int epoch)
    {
        var order = Enumerable.Range(0, count).ToArray();
        new Random(unchecked(seed * 1_000_003 + epoch)).Shuffle(order);
        return order;
    }

    /// <summary>The shape of every training example: the patches', or the one all whole images share.</summary>
    public static ImageShape ShapeOf(TrainingData data) =>
        data.Patches is { } patches
            ? new ImageShape(patches.Channels, patches.Size, patches.Size)
            : ImageShape.Common(data.Clean, "training");

    /// <summary>Training examples per epoch.</summary>
    public static int CountOf(TrainingData data) => data.Patches?.PerEpoch ?? data.Clean.Count;

    public static IEnumerable<HostBatch> Enumerate(
        TrainingData data, ImageShape shape, int epoch, int batchSize, CancellationToken cancellationToken)
    {
        var count = CountOf(data);
        var order = data.Patches is null ? Order(count, data.Seed, epoch) : null;
        var batchCount = (count + batchSize - 1) / batchSize;
        Task<HostBatch> BuildAsync(int batch) => Task.Run(() =>
        {
            var start = batch * batchSize;
            var positions = Enumerable.Range(start, Math.Min(batchSize, count - start)).ToArray();
            return Build(data, shape, epoch, order is null ? positions : Array.ConvertAll(positions, p => order[p]));
        }, cancellationToken);

        var ahead = data.Patches is null ? WholeImagesAhead : PatchesAhead;
        var pending = new Queue<Task<HostBatch>>();
        var queued = 0;
        try
        {
            for (var batch = 0; batch < batchCount; batch++)
            {
                while (queued < batchCount && pending.Count < ahead)
                    pending.Enqueue(BuildAsync(queued++));
                var current = pending.Dequeue().GetAwaiter().GetResult();
                if (queued < batchCount)
                    pending.Enqueue(BuildAsync(queued++));
                yield return current;
            }
        }
        finally
        {
            // Leaves no worker running after training stops early; their outcome no longer matters.
            Task.WaitAll(pending.Select(task => task.ContinueWith(_ => { }, TaskScheduler.Default)).ToArray());
        }
    }

    /// <param name="items">Image indices (whole images) or positions in the epoch (patches).</param>
    private static HostBatch Build(TrainingData data, ImageShape shape, int epoch, int[] items)
    {
        var pixelCount = shape.PixelCount;
        var noisy = new float[(long)items.Length * pixelCount];
        var clean = new float[noisy.Length];
        try
        {
            Parallel.For(0, items.Length, slot => CopyPair(data, shape, epoch, items[slot], slot * (long)pixelCount, noisy, clean));
        }
        catch (AggregateException error)
        {
            // Report the first failure itself rather than Parallel's wrapper.
            ExceptionDispatchInfo.Capture(error.Flatten().InnerExceptions[0]).Throw();
        }
        return new HostBatch(noisy, clean, items.Length);
    }

    private static void CopyPair(TrainingData data, ImageShape shape, int epoch, int item, long offset, float[] noisy, float[] clean)
    {
        var (input, target) = data.Patches is { } patches
            ? patches.Get(epoch, item)
            : new ImagePair(data.NoisyVersion(item, epoch), data.Clean[item]);
        if (!input.SameShapeAs(target))
            throw new InvalidOperationException(
                $"The noisy version of training image '{target.Id}' is {ImageShape.Of(input)}, not {ImageShape.Of(target)}.");
        if (ImageShape.Of(target) != shape)
            throw new InvalidOperationException($"Training patch '{target.Id}' is {ImageShape.Of(target)}, not {shape}.");
        Array.Copy(input.Pixels, 0, noisy, offset, target.Pixels.Length);
        Array.Copy(target.Pixels, 0, clean, offset, target.Pixels.Length);
    }
}

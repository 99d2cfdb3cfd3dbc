using Denoising.Abstractions;
using TorchSharp;
using static TorchSharp.torch;

namespace Denoising.Torch;

/// <summary>Converts between planar <see cref="Image"/>s and [N, C, H, W] float tensors with one array copy per batch.</summary>
public static class ImageTensors
{
    /// <summary>Packs the pixels of images that share one shape into a single planar array, image after image.</summary>
    public static float[] Pack(IReadOnlyList<Image> images)
    {
        var shape = ImageShape.Common(images, "batch");
        var planar = new float[(long)images.Count * shape.PixelCount];
        for (var i = 0; i < images.Count; i++)
            Array.Copy(images[i].Pixels, 0, planar, (long)i * shape.PixelCount, shape.PixelCount);
        return planar;
    }

    /// <summary>A [N, C, H, W] tensor on <paramref name="device"/> from images that share one shape.</summary>
    public static Tensor ToBatch(IReadOnlyList<Image> images, Device device) =>
        ToBatch(Pack(images), images.Count, ImageShape.Of(images[0]), device);

    /// <summary>
    /// A [count, C, H, W] tensor on <paramref name="device"/> from a planar array of <paramref name="count"/> images.
    /// On the CPU the tensor shares <paramref name="planar"/>: do not change the array while the tensor lives.
    /// </summary>
    public static Tensor ToBatch(float[] planar, int count, ImageShape shape, Device device)
    {
        if (planar.Length != (long)count * shape.PixelCount)
            throw new ArgumentException(
                $"{planar.Length} values given for {count} images of {shape} ({(long)count * shape.PixelCount} expected).",
                nameof(planar));
        // from_array shares the array (no copy); only a move to another device copies.
        using var flat = torch.from_array(planar, ScalarType.Float32);
        var batch = flat.view(shape.BatchDimensions(count));
        if (device.type == DeviceType.CPU)
            return batch;
        using (batch)
            return batch.to(device);
    }

    /// <summary>The values of <paramref name="batch"/> as a flat float array (copied to the CPU when needed).</summary>
    public static float[] ToArray(Tensor batch)
    {
        using var onCpu = batch.to(ScalarType.Float32, CPU);
        using var contiguous = onCpu.contiguous();
        return contiguous.data<float>().ToArray();
    }

    /// <summary>
    /// Splits a [N, C, H, W] tensor into new images that take their ids from <paramref name="originals"/>
    /// (same count; the tensor's C, H and W give the shape).
    /// </summary>
    public static IReadOnlyList<Image> ToImages(Tensor batch, IReadOnlyList<Image> originals)
    {
        if (batch.ndim != 4 || batch.shape[0] != originals.Count)
            throw new ArgumentException(
                $"A [{originals.Count}, C, H, W] tensor was expected; got [{string.Join(", ", batch.shape)}].",
                nameof(batch));
        var shape = new ImageShape((int)batch.shape[1], (int)batch.shape[2], (int)batch.shape[3]);
        var values = ToArray(batch);
        var images = new Image[originals.Count];
        for (var i = 0; i < images.Length; i++)
        {
            var pixels = new float[shape.PixelCount];
            Array.Copy(values, (long)i * shape.PixelCount, pixels, 0, shape.PixelCount);
            images[i] = new Image(originals[i].Id, shape.Channels, shape.Height, shape.Width, pixels);
        }
        return images;
    }
}

using Denoising.Abstractions;
using Denoising.Tests.Torch.Support;
using Denoising.Torch;
using static TorchSharp.torch;

namespace Denoising.Tests.Torch;

public sealed class ImageTensorsTests
{
    public ImageTensorsTests() => Denoising.Torch.TorchCompute.Apply(TestContexts.Cpu);

    [Fact]
    public void Images_become_an_nchw_batch_and_come_back_unchanged()
    {
        var images = SmoothPatterns.Create(3, channels: 2, height: 5, width: 4, seed: 1);

        using var batch = ImageTensors.ToBatch(images, CPU);
        var back = ImageTensors.ToImages(batch, images);

        Assert.Equal([3L, 2, 5, 4], batch.shape);
        Assert.Equal(images[1].Pixels[(1 * 5 + 3) * 4 + 2], batch[1, 1, 3, 2].item<float>());
        Assert.Equal(images.Select(image => image.Id), back.Select(image => image.Id));
        Assert.Equal(images.Select(image => image.Pixels), back.Select(image => image.Pixels));
    }

    [Fact]
    public void Images_of_different_shapes_cannot_share_a_batch()
    {
        var images = new[]
        {
            new Image("wide", 1, 2, 3, new float[6]),
            new Image("tall", 1, 3, 2, new float[6]),
        };

        var error = Assert.Throws<ArgumentException>(() => ImageTensors.ToBatch(images, CPU));

        Assert.Contains("'wide' is 1x2x3, 'tall' is 1x3x2", error.Message);
    }

    [Fact]
    public void A_planar_array_of_the_wrong_length_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(
            () => ImageTensors.ToBatch(new float[10], 2, new ImageShape(1, 2, 3), CPU));

        Assert.Contains("10 values given for 2 images of 1x2x3 (12 expected)", error.Message);
    }

    [Fact]
    public void Inference_batches_split_at_the_size_limit_and_at_shape_changes()
    {
        var images = new[] { Blank(4, 4), Blank(4, 4), Blank(4, 4), Blank(2, 2), Blank(4, 4) };

        var ranges = InferenceBatches.Split(images, maxCount: 2).Select(range => range.GetOffsetAndLength(images.Length)).ToArray();

        Assert.Equal([(0, 2), (2, 1), (3, 1), (4, 1)], ranges);
    }

    private static Image Blank(int height, int width) => new("blank", 1, height, width, new float[height * width]);
}

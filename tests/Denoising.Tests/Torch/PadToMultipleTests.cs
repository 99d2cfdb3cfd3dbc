using Denoising.Tests.Torch.Support;
using Denoising.Torch;
using TorchSharp;
using static TorchSharp.torch;

namespace Denoising.Tests.Torch;

public sealed class PadToMultipleTests
{
    public PadToMultipleTests() => Denoising.Torch.TorchCompute.Apply(TestContexts.Cpu);

    [Theory]
    [InlineData(13, 7)]
    [InlineData(50, 37)]
    [InlineData(16, 8)]
    public void Output_has_the_input_size_and_the_inner_network_sees_a_multiple(int height, int width)
    {
        using var inner = new ShapeRecorder();
        using var network = new PadToMultiple(inner, 8);
        using var input = UniformTensors.Create(2, 3, height, width);

        using var output = network.call(input);

        Assert.Equal(input.shape, output.shape);
        Assert.Equal(0, inner.SeenHeight % 8);
        Assert.Equal(0, inner.SeenWidth % 8);
        Assert.True(inner.SeenHeight - height < 8 && inner.SeenWidth - width < 8);
        Assert.True(input.allclose(output, rtol: 0, atol: 0));
    }

    [Fact]
    public void Padding_is_zero()
    {
        using var inner = new ShapeRecorder();
        using var network = new PadToMultiple(inner, 4);
        using var input = ones(1, 1, 3, 3);

        using var _ = network.call(input);

        Assert.Equal(9f, inner.SeenSum);
    }

    /// <summary>Passes its input through and remembers its size and sum.</summary>
    private sealed class ShapeRecorder() : nn.Module<Tensor, Tensor>(nameof(ShapeRecorder))
    {
        public long SeenHeight { get; private set; }
        public long SeenWidth { get; private set; }
        public float SeenSum { get; private set; }

        public override Tensor forward(Tensor input)
        {
            SeenHeight = input.shape[2];
            SeenWidth = input.shape[3];
            using var sum = input.sum();
            SeenSum = sum.item<float>();
            return input.alias();
        }
    }
}

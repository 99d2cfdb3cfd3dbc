using static TorchSharp.torch;

namespace Denoising.Tests.Torch.Support;

/// <summary>
/// Random test inputs from a managed generator: torch's own generator is process-wide, and drawing from it here could
/// shift the weights another test initialises from a seed at the same moment.
/// </summary>
internal static class UniformTensors
{
    public static Tensor Create(params long[] shape)
    {
        var random = new Random(12345);
        var values = new float[shape.Aggregate(1L, (product, size) => product * size)];
        for (var i = 0; i < values.Length; i++)
            values[i] = random.NextSingle();
        return tensor(values, shape);
    }
}

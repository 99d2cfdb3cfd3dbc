using Denoising.Torch;
using static TorchSharp.torch;

namespace Denoising.Plugins.DenseAE;

/// <summary>Flatten, fully connected ReLU layers, a sigmoid output layer of the input size, unflatten.</summary>
public static class DenseAutoencoderNetwork
{
    public static nn.Module<Tensor, Tensor> Create(ImageShape shape, IReadOnlyList<int> hidden)
    {
        var layers = new List<(string, nn.Module<Tensor, Tensor>)> { ("flatten", nn.Flatten()) };
        long inputs = shape.PixelCount;
        for (var i = 0; i < hidden.Count; i++)
        {
            layers.Add(($"dense{i}", nn.Linear(inputs, hidden[i])));
            layers.Add(($"relu{i}", nn.ReLU()));
            inputs = hidden[i];
        }
        layers.Add(("output", nn.Linear(inputs, shape.PixelCount)));
        layers.Add(("sigmoid", nn.Sigmoid()));
        layers.Add(("unflatten", nn.Unflatten(1, [shape.Channels, shape.Height, shape.Width])));
        return nn.Sequential(layers);
    }
}

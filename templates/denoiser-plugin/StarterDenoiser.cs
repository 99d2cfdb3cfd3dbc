using Denoising.Abstractions;
//#if (trainable)
using Denoising.Torch;
using static TorchSharp.torch;
//#endif

namespace PluginProject;

//#if (trainable)
/// <summary>
/// The shared <see cref="TorchDenoiser{TOptions}"/> trains (losses, optimizers, resumable checkpoints, validation),
/// batches, saves and loads; a plugin only builds its network.
/// </summary>
public sealed class StarterDenoiser(StarterOptions options, ComponentContext context)
    : TorchDenoiser<StarterOptions>(options, context)
{
    protected override nn.Module<Tensor, Tensor> CreateNetwork(ImageShape shape) =>
        StarterNetwork.Create(shape, Options);

    // Fully convolutional: any height and width with the trained channel count.
    protected override bool Accepts(ImageShape networkShape, ImageShape imageShape) =>
        networkShape.Channels == imageShape.Channels;
}
//#else
/// <summary>A denoiser that needs no training: it implements <see cref="IDenoiser"/> directly.</summary>
public sealed class StarterDenoiser(StarterOptions options) : IDenoiser
{
    private readonly int _radius = options.Size / 2;
    private readonly float _strength = (float)options.Strength;

    public IReadOnlyList<Image> Denoise(IReadOnlyList<Image> noisy, CancellationToken cancellationToken)
    {
        var denoised = new List<Image>(noisy.Count);
        foreach (var image in noisy)
        {
            cancellationToken.ThrowIfCancellationRequested();
            denoised.Add(image.WithPixels(Filter(image)));
        }
        return denoised;
    }

    private float[] Filter(Image image)
    {
        var output = new float[image.Pixels.Length];
        var plane = image.Height * image.Width;
        for (var channel = 0; channel < image.Channels; channel++)
        {
            for (var row = 0; row < image.Height; row++)
            {
                for (var column = 0; column < image.Width; column++)
                {
                    float sum = 0;
                    var count = 0;
                    for (var y = Math.Max(0, row - _radius); y <= Math.Min(image.Height - 1, row + _radius); y++)
                    {
                        for (var x = Math.Max(0, column - _radius); x <= Math.Min(image.Width - 1, column + _radius); x++)
                        {
                            sum += image.Pixels[channel * plane + y * image.Width + x];
                            count++;
                        }
                    }
                    var index = channel * plane + row * image.Width + column;
                    output[index] = _strength * (sum / count) + (1 - _strength) * image.Pixels[index];
                }
            }
        }
        return output;
    }
}
//#endif

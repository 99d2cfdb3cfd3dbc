using Denoising.Abstractions;
using Denoising.Host.Experiments.Definitions;
using Denoising.Host.Running.Patches;
using Denoising.Tests.Torch.Support;
using Denoising.Torch;
using static TorchSharp.torch;

namespace Denoising.Tests.Torch;

public sealed class PatchTrainingTests : IDisposable
{
    private readonly TempDirectory _checkpoints = new();

    public void Dispose() => _checkpoints.Dispose();

    [Fact]
    public void A_network_trained_on_patches_of_mixed_size_images_denoises_full_size_images_and_repeats_under_its_seed()
    {
        var clean = SmoothPatterns.Create(6, 1, 24, 40, seed: 1).Concat(SmoothPatterns.Create(6, 1, 40, 24, seed: 2))
            .Select((image, i) => new Image($"image{i}", 1, image.Height, image.Width, image.Pixels)).ToList();
        var heldOut = SmoothPatterns.Create(3, 1, 30, 50, seed: 9);
        var noisy = heldOut.Select((image, i) => SmoothPatterns.AddNoise(image, 0.2, i)).ToList();
        TrainingData Data(string folder) => new(
            new PatchSampler(clean, new PatchOptions { Size = 12, PerEpoch = 512, ImagesAtOnce = 4 }, new Gaussian(0.2), seed: 3, channels: 1),
            Directory.CreateDirectory(_checkpoints.PathOf(folder)).FullName, seed: 3);
        using var first = new FullyConvolutional();
        using var second = new FullyConvolutional();

        var summary = first.Train(Data("a"), TrainingFixture.Options(epochs: 4), CancellationToken.None);
        second.Train(Data("b"), TrainingFixture.Options(epochs: 4), CancellationToken.None);

        Assert.Equal(new ImageShape(1, 12, 12), first.NetworkShape);
        Assert.True(summary.EpochLosses[^1] < summary.EpochLosses[0]);
        var denoised = first.Denoise(noisy, CancellationToken.None);
        Assert.True(SmoothPatterns.MeanPsnr(denoised, heldOut) > SmoothPatterns.MeanPsnr(noisy, heldOut) + 2);
        Assert.Equal(WeightsBytes.Of(first), WeightsBytes.Of(second));
    }

    private sealed class FullyConvolutional() : TorchDenoiser<TorchDenoiserOptions>(new TorchDenoiserOptions(), TestContexts.Create())
    {
        protected override nn.Module<Tensor, Tensor> CreateNetwork(ImageShape shape) => nn.Sequential(
            nn.Conv2d(shape.Channels, 8, 3, padding: 1), nn.ReLU(), nn.Conv2d(8, shape.Channels, 3, padding: 1), nn.Sigmoid());

        protected override bool Accepts(ImageShape networkShape, ImageShape imageShape) => networkShape.Channels == imageShape.Channels;
    }

    private sealed class Gaussian(double sigma) : INoiseModel
    {
        public Image Apply(Image clean, Random random) => SmoothPatterns.AddNoise(clean, sigma, random.Next());
    }
}

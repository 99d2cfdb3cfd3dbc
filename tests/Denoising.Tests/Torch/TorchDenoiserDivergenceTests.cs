using Denoising.Tests.Torch.Support;
using Denoising.Torch;

namespace Denoising.Tests.Torch;

public sealed class TorchDenoiserDivergenceTests
{
    [Fact]
    public void A_non_finite_loss_stops_training_naming_the_epoch_and_keeps_the_last_good_checkpoint()
    {
        using var fixture = new TrainingFixture();
        var data = fixture.With((index, epoch) =>
        {
            var noisy = fixture.Data.NoisyVersion(index, epoch);
            if (epoch < 1 || index != 0)
                return noisy;
            var pixels = (float[])noisy.Pixels.Clone();
            pixels[0] = float.NaN;
            return noisy.WithPixels(pixels);
        }, seed: 7);
        using var denoiser = new TinyConvDenoiser();

        var error = Assert.Throws<TrainingDivergedException>(
            () => denoiser.Train(data, TrainingFixture.Options(epochs: 3), CancellationToken.None));

        Assert.Equal(2, error.Epoch);
        Assert.True(double.IsNaN(error.Loss));
        Assert.Contains("epoch 2", error.Message);
        Assert.Equal(["epoch-000001.checkpoint"], Directory.GetFiles(fixture.CheckpointDirectory, "*.checkpoint").Select(Path.GetFileName));
    }
}

using Denoising.Tests.Torch.Support;

namespace Denoising.Tests.Torch;

public sealed class TorchDenoiserTrainingTests
{
    [Theory]
    [InlineData("adam", "mse")]
    [InlineData("adamw", "bce")]
    [InlineData("sgd", "l1")]
    public void Training_lowers_the_loss_and_denoises_held_out_images(string optimizer, string loss)
    {
        using var fixture = new TrainingFixture();
        using var denoiser = new TinyConvDenoiser();

        var summary = denoiser.Train(fixture.Data, TrainingFixture.Options(epochs: 6, optimizer, loss), CancellationToken.None);
        var denoised = denoiser.Denoise(fixture.HeldOutNoisy, CancellationToken.None);

        Assert.Equal(6, summary.EpochLosses.Count);
        Assert.True(summary.EpochLosses[^1] < summary.EpochLosses[0], string.Join(", ", summary.EpochLosses));
        var noisyPsnr = SmoothPatterns.MeanPsnr(fixture.HeldOutNoisy, fixture.HeldOutClean);
        var denoisedPsnr = SmoothPatterns.MeanPsnr(denoised, fixture.HeldOutClean);
        Assert.True(denoisedPsnr > noisyPsnr, $"denoised {denoisedPsnr:F2} dB, noisy {noisyPsnr:F2} dB");
    }
}

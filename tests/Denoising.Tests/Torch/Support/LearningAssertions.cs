using Denoising.Abstractions;

namespace Denoising.Tests.Torch.Support;

internal static class LearningAssertions
{
    /// <summary>
    /// Trains <paramref name="denoiser"/> on the fixture, then checks that the loss fell and that its outputs on the
    /// held-out images beat the noisy inputs by at least <paramref name="marginDb"/>.
    /// </summary>
    public static TrainingSummary TrainsAndDenoises(
        ITrainableDenoiser denoiser, TrainingFixture fixture, TrainingOptions options, double marginDb)
    {
        var summary = denoiser.Train(fixture.Data, options, CancellationToken.None);
        var denoised = denoiser.Denoise(fixture.HeldOutNoisy, CancellationToken.None);

        Assert.True(summary.EpochLosses[^1] < summary.EpochLosses[0], string.Join(", ", summary.EpochLosses));
        var noisyPsnr = SmoothPatterns.MeanPsnr(fixture.HeldOutNoisy, fixture.HeldOutClean);
        var denoisedPsnr = SmoothPatterns.MeanPsnr(denoised, fixture.HeldOutClean);
        Assert.True(denoisedPsnr > noisyPsnr + marginDb, $"denoised {denoisedPsnr:F2} dB, noisy {noisyPsnr:F2} dB");
        return summary;
    }
}

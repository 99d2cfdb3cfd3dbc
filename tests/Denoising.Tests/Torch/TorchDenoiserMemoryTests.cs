using Denoising.Tests.Torch.Support;
using TorchSharp;

namespace Denoising.Tests.Torch;

public sealed class TorchDenoiserMemoryTests
{
    private static long LiveTensors => DisposeScopeManager.Statistics.ThreadTotalLiveCount;

    [Fact]
    public void Denoise_leaves_no_tensor_alive()
    {
        using var fixture = new TrainingFixture();
        using var denoiser = new TinyConvDenoiser(inferenceBatchSize: 3);
        denoiser.Train(fixture.Data, TrainingFixture.Options(epochs: 1), CancellationToken.None);
        denoiser.Denoise(fixture.HeldOutNoisy, CancellationToken.None);

        var before = LiveTensors;
        for (var i = 0; i < 3; i++)
            denoiser.Denoise(fixture.HeldOutNoisy, CancellationToken.None);

        Assert.Equal(before, LiveTensors);
    }

    [Fact]
    public void Training_steps_leave_no_tensor_alive()
    {
        using var fixture = new TrainingFixture();
        var data = fixture.With(SmoothPatterns.NoisyVersions(fixture.Clean, TrainingFixture.NoiseSigma), seed: 7, withValidation: true);
        using var denoiser = new TinyConvDenoiser();
        denoiser.Train(data, TrainingFixture.Options(epochs: 1), CancellationToken.None);

        var before = LiveTensors;
        denoiser.Train(data, TrainingFixture.Options(epochs: 3), CancellationToken.None);
        var afterTwoEpochs = LiveTensors;
        denoiser.Train(data, TrainingFixture.Options(epochs: 7), CancellationToken.None);

        Assert.Equal(before, afterTwoEpochs);
        Assert.Equal(before, LiveTensors);
    }
}

using Denoising.Tests.Torch.Support;

namespace Denoising.Tests.Torch;

public sealed class TorchDenoiserTrainingTests
{
    [Theory]
    [InlineData("adam", "mse", 1e-2)]
    [InlineData("adamw", "bce", 1e-2)]
    [InlineData("sgd", "l1", 1e-1)]
    public void Training_lowers_the_loss_and_denoises_held_out_images(string optimizer, string loss, double learningRate)
    {
        using var fixture = new TrainingFixture();
        using var denoiser = new TinyConvDenoiser();
        var options = TrainingFixture.Options(epochs: 6, optimizer, loss);
        options.LearningRate = learningRate;

        var summary = LearningAssertions.TrainsAndDenoises(denoiser, fixture, options, marginDb: 2);

        Assert.Equal(6, summary.EpochLosses.Count);
        Assert.Equal(0, summary.ResumedFromEpoch);
    }

    [Fact]
    public void The_same_seed_gives_identical_weights_and_another_seed_different_ones()
    {
        using var first = new TrainingFixture(seed: 3);
        using var second = new TrainingFixture(seed: 3);
        using var third = new TrainingFixture(seed: 4);
        var options = TrainingFixture.Options(epochs: 2);
        using var a = new TinyConvDenoiser();
        using var b = new TinyConvDenoiser();
        using var c = new TinyConvDenoiser();

        a.Train(first.Data, options, CancellationToken.None);
        b.Train(second.Data, options, CancellationToken.None);
        c.Train(third.Data, options, CancellationToken.None);

        Assert.Equal(WeightsBytes.Of(a), WeightsBytes.Of(b));
        Assert.NotEqual(WeightsBytes.Of(a), WeightsBytes.Of(c));
        var fromA = a.Denoise(first.HeldOutNoisy, CancellationToken.None);
        var fromB = b.Denoise(first.HeldOutNoisy, CancellationToken.None);
        Assert.Equal(fromA.Select(image => image.Pixels), fromB.Select(image => image.Pixels));
    }

    [Fact]
    public void Each_epoch_is_logged_with_loss_validation_psnr_speed_and_time_left()
    {
        using var fixture = new TrainingFixture();
        using var logs = new FakeLogs();
        using var denoiser = new TinyConvDenoiser(TestContexts.Create(logs.Factory));
        var data = fixture.With(SmoothPatterns.NoisyVersions(fixture.Clean, TrainingFixture.NoiseSigma), seed: 7, withValidation: true);

        denoiser.Train(data, TrainingFixture.Options(epochs: 2), CancellationToken.None);

        var epochLines = logs.Messages.Where(message => message.StartsWith("Epoch ", StringComparison.Ordinal)).ToArray();
        Assert.Equal(2, epochLines.Length);
        Assert.StartsWith("Epoch 1/2: loss ", epochLines[0]);
        Assert.StartsWith("Epoch 2/2: loss ", epochLines[1]);
        Assert.All(epochLines, line =>
        {
            Assert.Contains("validation PSNR ", line);
            Assert.Contains(" dB, ", line);
            Assert.Contains(" s/epoch, ETA ", line);
        });
    }

    [Fact]
    public void Validation_psnr_is_left_out_without_validation_pairs()
    {
        using var fixture = new TrainingFixture();
        using var logs = new FakeLogs();
        using var denoiser = new TinyConvDenoiser(TestContexts.Create(logs.Factory));

        denoiser.Train(fixture.Data, TrainingFixture.Options(epochs: 1), CancellationToken.None);

        var line = Assert.Single(logs.Messages, message => message.StartsWith("Epoch 1/1", StringComparison.Ordinal));
        Assert.DoesNotContain("PSNR", line);
    }

    [Fact]
    public void A_noisy_version_of_another_shape_stops_training_naming_the_image()
    {
        using var fixture = new TrainingFixture();
        var small = SmoothPatterns.Create(1, 1, 5, 5, seed: 9)[0];
        var data = fixture.With((index, epoch) => index == 3 ? small : fixture.Data.NoisyVersion(index, epoch), seed: 7);
        using var denoiser = new TinyConvDenoiser();

        var error = Assert.Throws<InvalidOperationException>(
            () => denoiser.Train(data, TrainingFixture.Options(epochs: 1), CancellationToken.None));

        Assert.Equal("The noisy version of training image 'pattern3' is 1x5x5, not 1x12x12.", error.Message);
    }

    [Fact]
    public void A_validation_pair_of_mismatched_shapes_is_rejected_by_id()
    {
        using var fixture = new TrainingFixture();
        var small = SmoothPatterns.Create(1, 1, 5, 5, seed: 9)[0];
        var data = new Abstractions.TrainingData(fixture.Clean, fixture.Data.NoisyVersion, fixture.CheckpointDirectory, seed: 7,
            [new Abstractions.ImagePair(small, fixture.HeldOutClean[0])]);
        using var denoiser = new TinyConvDenoiser();

        var error = Assert.Throws<ArgumentException>(
            () => denoiser.Train(data, TrainingFixture.Options(epochs: 1), CancellationToken.None));

        Assert.Contains("Validation pair 'pattern0': the noisy image is 1x5x5, the clean one 1x12x12", error.Message);
    }

    [Fact]
    public void Training_images_of_different_shapes_are_rejected_by_id()
    {
        using var fixture = new TrainingFixture();
        var mixed = fixture.Clean.Take(3).Append(SmoothPatterns.Create(1, 1, 5, 5, seed: 9)[0]).ToArray();
        var data = new Abstractions.TrainingData(mixed, (index, _) => mixed[index], fixture.CheckpointDirectory, seed: 1);
        using var denoiser = new TinyConvDenoiser();

        var error = Assert.Throws<ArgumentException>(
            () => denoiser.Train(data, TrainingFixture.Options(epochs: 1), CancellationToken.None));

        Assert.Contains("'pattern0' is 1x12x12", error.Message);
        Assert.Contains("1x5x5", error.Message);
    }
}

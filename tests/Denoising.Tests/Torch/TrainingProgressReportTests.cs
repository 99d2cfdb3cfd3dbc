using Denoising.Abstractions;
using Denoising.Tests.Torch.Support;

namespace Denoising.Tests.Torch;

public sealed class TrainingProgressReportTests
{
    [Fact]
    public void Each_epoch_ends_with_a_report_of_its_loss_learning_rate_validation_and_denoised_images()
    {
        using var fixture = new TrainingFixture();
        using var denoiser = new TinyConvDenoiser();
        var reports = new ReportList();
        var data = fixture.Validated(reports);

        var summary = denoiser.Train(data, TrainingFixture.Options(epochs: 3), CancellationToken.None);

        var epochs = reports.Where(report => report.EpochEnded).ToList();
        Assert.Equal([1, 2, 3], epochs.Select(report => report.Epoch));
        Assert.Equal(summary.EpochLosses, epochs.Select(report => report.Loss!.Value));
        // 64 images in batches of 8: 8 optimiser steps per epoch.
        Assert.Equal([8L, 16L, 24L], epochs.Select(report => report.Step));
        Assert.All(epochs, report =>
        {
            Assert.Equal(3, report.TotalEpochs);
            Assert.Equal(8, report.Batch);
            Assert.Equal(8, report.Batches);
            Assert.Equal(1e-2, report.LearningRate);
            Assert.InRange(report.Validation["psnr"], 10, 60);
            Assert.Equal(4, report.ValidationImages.Count);
            Assert.Equal(fixture.HeldOutNoisy.Take(4).Select(image => image.Id), report.ValidationImages.Select(image => image.Id));
        });
        Assert.True(epochs.Zip(epochs.Skip(1)).All(pair => pair.Second.Seconds >= pair.First.Seconds));
        Assert.All(reports.Where(report => !report.EpochEnded), report =>
        {
            Assert.InRange(report.Batch, 1, report.Batches);
            Assert.Null(report.Loss);
        });
    }

    [Fact]
    public void A_resumed_training_reports_from_the_next_epoch_with_the_steps_already_taken()
    {
        using var fixture = new TrainingFixture();
        using (var first = new TinyConvDenoiser())
            first.Train(fixture.Data, TrainingFixture.Options(epochs: 2), CancellationToken.None);
        var reports = new ReportList();
        var data = new TrainingData(fixture.Clean, fixture.Data.NoisyVersion, fixture.CheckpointDirectory, fixture.Data.Seed) { Progress = reports };

        using var resumed = new TinyConvDenoiser();
        resumed.Train(data, TrainingFixture.Options(epochs: 4), CancellationToken.None);

        var epochs = reports.Where(report => report.EpochEnded).ToList();
        Assert.Equal([3, 4], epochs.Select(report => report.Epoch));
        Assert.Equal([24L, 32L], epochs.Select(report => report.Step));
        Assert.All(epochs, report => Assert.Empty(report.Validation));
    }

    [Fact]
    public void Validate_every_n_steps_validates_within_epochs_and_reports_each_validation()
    {
        using var fixture = new TrainingFixture();
        using var denoiser = new TinyConvDenoiser();
        var reports = new ReportList();
        var data = fixture.Validated(reports);
        var options = TrainingFixture.Options(epochs: 3);
        options.ValidateEvery = 3;

        denoiser.Train(data, options, CancellationToken.None);

        // 8 steps per epoch, 24 in all: a validation after every third, the last one closing the last epoch.
        var validations = reports.Where(report => report.Validation.Count > 0).ToList();
        Assert.Equal([3L, 6L, 9L, 12L, 15L, 18L, 21L, 24L], validations.Select(report => report.Step));
        Assert.Equal([1, 1, 2, 2, 2, 3, 3, 3], validations.Select(report => report.Epoch));
        Assert.Equal([3, 6, 1, 4, 7, 2, 5, 8], validations.Select(report => report.Batch));
        Assert.Equal([false, false, false, false, false, false, false, true], validations.Select(report => report.EpochEnded));
        Assert.All(validations, report => Assert.InRange(report.Validation["psnr"], 10, 60));
        Assert.Equal([8L, 16L, 24L], reports.Where(report => report.EpochEnded).Select(report => report.Step));
    }
}

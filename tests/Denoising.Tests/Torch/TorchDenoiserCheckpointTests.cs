using Denoising.Tests.Torch.Support;

namespace Denoising.Tests.Torch;

public sealed class TorchDenoiserCheckpointTests
{
    [Fact]
    public void Training_resumes_at_the_epoch_after_the_newest_checkpoint()
    {
        using var fixture = new TrainingFixture();
        using var first = new TinyConvDenoiser();
        var twoEpochs = first.Train(fixture.Data, TrainingFixture.Options(epochs: 2), CancellationToken.None);

        using var resumed = new TinyConvDenoiser();
        var fourEpochs = resumed.Train(fixture.Data, TrainingFixture.Options(epochs: 4), CancellationToken.None);

        Assert.Equal(2, fourEpochs.ResumedFromEpoch);
        Assert.Equal(4, fourEpochs.EpochLosses.Count);
        Assert.Equal(twoEpochs.EpochLosses, fourEpochs.EpochLosses.Take(2));
        Assert.Equal(["epoch-000003.checkpoint", "epoch-000004.checkpoint"], CheckpointFiles(fixture)); // the newest and its fallback
    }

    [Fact]
    public void Resumed_training_ends_with_the_weights_of_uninterrupted_training()
    {
        using var interrupted = new TrainingFixture();
        using var uninterrupted = new TrainingFixture();
        using (var firstHalf = new TinyConvDenoiser())
            firstHalf.Train(interrupted.Data, TrainingFixture.Options(epochs: 2), CancellationToken.None);
        using var secondHalf = new TinyConvDenoiser();
        using var straight = new TinyConvDenoiser();

        var resumedSummary = secondHalf.Train(interrupted.Data, TrainingFixture.Options(epochs: 4), CancellationToken.None);
        var straightSummary = straight.Train(uninterrupted.Data, TrainingFixture.Options(epochs: 4), CancellationToken.None);

        Assert.Equal(straightSummary.EpochLosses, resumedSummary.EpochLosses);
        Assert.Equal(WeightsBytes.Of(straight), WeightsBytes.Of(secondHalf));
    }

    [Fact]
    public void Finished_training_only_loads_its_weights()
    {
        using var fixture = new TrainingFixture();
        using var trained = new TinyConvDenoiser();
        var summary = trained.Train(fixture.Data, TrainingFixture.Options(epochs: 2), CancellationToken.None);
        var calls = 0;
        var countingData = fixture.With((index, epoch) => { Interlocked.Increment(ref calls); return fixture.Data.NoisyVersion(index, epoch); }, seed: 7);

        using var reloaded = new TinyConvDenoiser();
        var again = reloaded.Train(countingData, TrainingFixture.Options(epochs: 2), CancellationToken.None);

        Assert.Equal(0, calls);
        Assert.Equal(2, again.ResumedFromEpoch);
        Assert.Equal(summary.EpochLosses, again.EpochLosses);
        Assert.Equal(0, again.SecondsPerEpoch);
        Assert.Equal(WeightsBytes.Of(trained), WeightsBytes.Of(reloaded));
    }

    [Fact]
    public void Checkpoints_follow_checkpoint_every_and_the_last_epoch()
    {
        using var fixture = new TrainingFixture();
        using var cancellation = new CancellationTokenSource();
        var data = fixture.With(CancelAtEpoch(fixture, epochIndex: 3, cancellation), seed: 7);
        using var denoiser = new TinyConvDenoiser();

        Assert.ThrowsAny<OperationCanceledException>(
            () => denoiser.Train(data, TrainingFixture.Options(epochs: 5, checkpointEvery: 2), cancellation.Token));
        Assert.Equal(["epoch-000002.checkpoint"], CheckpointFiles(fixture));

        using var resumed = new TinyConvDenoiser();
        var summary = resumed.Train(fixture.Data, TrainingFixture.Options(epochs: 5, checkpointEvery: 2), CancellationToken.None);
        Assert.Equal(2, summary.ResumedFromEpoch);
        Assert.Equal(["epoch-000004.checkpoint", "epoch-000005.checkpoint"], CheckpointFiles(fixture));
    }

    [Fact]
    public void Cancellation_stops_between_batches_and_leaves_a_complete_checkpoint()
    {
        using var fixture = new TrainingFixture();
        using var cancellation = new CancellationTokenSource();
        var data = fixture.With(CancelAtEpoch(fixture, epochIndex: 2, cancellation), seed: 7);
        using var denoiser = new TinyConvDenoiser();

        Assert.ThrowsAny<OperationCanceledException>(
            () => denoiser.Train(data, TrainingFixture.Options(epochs: 10), cancellation.Token));

        Assert.Equal(["epoch-000001.checkpoint", "epoch-000002.checkpoint"], CheckpointFiles(fixture));
        Assert.Equal(["epoch-000001.checkpoint.sha256", "epoch-000002.checkpoint.sha256"],
            Directory.GetFiles(fixture.CheckpointDirectory, "*.sha256").Select(Path.GetFileName).Order());
        using var resumed = new TinyConvDenoiser();
        var summary = resumed.Train(fixture.Data, TrainingFixture.Options(epochs: 3), CancellationToken.None);
        Assert.Equal(2, summary.ResumedFromEpoch);
        Assert.Equal(3, summary.EpochLosses.Count);
    }

    [Fact]
    public void Resuming_with_another_optimizer_fails_naming_the_checkpoint_and_both_optimizers()
    {
        using var fixture = new TrainingFixture();
        using (var adam = new TinyConvDenoiser())
            adam.Train(fixture.Data, TrainingFixture.Options(epochs: 1, optimizer: "adam"), CancellationToken.None);
        using var sgd = new TinyConvDenoiser();

        var error = Assert.Throws<InvalidDataException>(
            () => sgd.Train(fixture.Data, TrainingFixture.Options(epochs: 2, optimizer: "sgd"), CancellationToken.None));

        Assert.Contains("epoch-000001.checkpoint", error.Message);
        Assert.Contains("optimizer 'adam'", error.Message);
        Assert.Contains("'sgd'", error.Message);
    }

    [Fact]
    public void Half_written_checkpoints_are_ignored_and_removed()
    {
        using var fixture = new TrainingFixture();
        var partial = Path.Combine(fixture.CheckpointDirectory, "epoch-000009.checkpoint.partial-0123");
        File.WriteAllText(partial, "interrupted write");
        using var denoiser = new TinyConvDenoiser();

        var summary = denoiser.Train(fixture.Data, TrainingFixture.Options(epochs: 1), CancellationToken.None);

        Assert.Equal(0, summary.ResumedFromEpoch);
        Assert.False(File.Exists(partial));
    }

    [Fact]
    public void A_damaged_newest_checkpoint_is_passed_over_with_a_warning_for_the_one_before_it()
    {
        using var fixture = new TrainingFixture();
        using (var first = new TinyConvDenoiser())
            first.Train(fixture.Data, TrainingFixture.Options(epochs: 2), CancellationToken.None);
        var newest = Path.Combine(fixture.CheckpointDirectory, "epoch-000002.checkpoint");
        using (var file = new FileStream(newest, FileMode.Open, FileAccess.Write))
        {
            file.Seek(-200, SeekOrigin.End);
            file.Write(new byte[16]); // a few overwritten bytes: the file still reads, with other numbers
        }
        using var logs = new FakeLogs();
        using var resumed = new TinyConvDenoiser(TestContexts.Create(logs.Factory));

        var summary = resumed.Train(fixture.Data, TrainingFixture.Options(epochs: 3), CancellationToken.None);

        Assert.Equal(1, summary.ResumedFromEpoch);
        Assert.Contains(logs.Messages, m => m.Contains($"'{newest}' is damaged", StringComparison.Ordinal));
    }

    [Fact]
    public void When_no_checkpoint_reads_back_training_stops_naming_each_file()
    {
        using var fixture = new TrainingFixture();
        using (var first = new TinyConvDenoiser())
            first.Train(fixture.Data, TrainingFixture.Options(epochs: 2), CancellationToken.None);
        foreach (var path in Directory.GetFiles(fixture.CheckpointDirectory, "*.checkpoint"))
        {
            File.WriteAllBytes(path, File.ReadAllBytes(path)[..100]); // truncated
            File.Delete(path + ".sha256"); // as an earlier version left them: no checksum to compare
        }
        using var resumed = new TinyConvDenoiser();

        var error = Assert.Throws<InvalidDataException>(
            () => resumed.Train(fixture.Data, TrainingFixture.Options(epochs: 3), CancellationToken.None));

        Assert.Contains("epoch-000001.checkpoint' does not read back", error.Message);
        Assert.Contains("epoch-000002.checkpoint' does not read back", error.Message);
    }

    private static Func<int, int, Abstractions.Image> CancelAtEpoch(
        TrainingFixture fixture, int epochIndex, CancellationTokenSource cancellation) =>
        (index, epoch) =>
        {
            if (epoch == epochIndex)
                cancellation.Cancel();
            return fixture.Data.NoisyVersion(index, epoch);
        };

    private static string[] CheckpointFiles(TrainingFixture fixture) =>
        Directory.GetFiles(fixture.CheckpointDirectory, "*.checkpoint").Select(Path.GetFileName).Order().ToArray()!;
}

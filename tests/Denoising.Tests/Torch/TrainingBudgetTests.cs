using System.Diagnostics;
using System.Globalization;
using Denoising.Abstractions;
using Denoising.Tests.TestSupport;
using Denoising.Tests.Torch.Support;
using Denoising.Torch;
using Denoising.Torch.Training;
using static TorchSharp.torch;

namespace Denoising.Tests.Torch;

public sealed class TrainingBudgetTests
{
    public TrainingBudgetTests() => TorchCompute.Apply(TestContexts.Cpu);

    [Fact]
    public void A_time_budget_stops_training_early_saves_a_checkpoint_and_leaves_a_usable_model()
    {
        using var fixture = new TrainingFixture();
        using var denoiser = new TinyConvDenoiser(TestContexts.Create());
        var clock = Stopwatch.StartNew();

        var summary = denoiser.Train(fixture.Data, Budgeted(epochs: 1_000_000, "2s"), CancellationToken.None);

        Assert.InRange(clock.Elapsed.TotalSeconds, 2, 30);
        Assert.InRange(summary.EpochLosses.Count, 1, 999_999);
        Assert.Equal($"epoch-{summary.EpochLosses.Count:D6}.checkpoint",
            Directory.GetFiles(fixture.CheckpointDirectory, "*.checkpoint").Select(Path.GetFileName).Order().Last());
        var denoised = denoiser.Denoise(fixture.HeldOutNoisy, CancellationToken.None);
        Assert.True(SmoothPatterns.MeanPsnr(denoised, fixture.HeldOutClean) > SmoothPatterns.MeanPsnr(fixture.HeldOutNoisy, fixture.HeldOutClean) + 1);
    }

    [Fact]
    public void A_spent_budget_is_remembered_on_resume_and_a_larger_one_trains_on()
    {
        using var fixture = new TrainingFixture();
        using var first = new TinyConvDenoiser(TestContexts.Create());
        var spent = first.Train(fixture.Data, Budgeted(epochs: 1_000_000, "0.5s"), CancellationToken.None);

        using var again = new TinyConvDenoiser(TestContexts.Create());
        var resumed = again.Train(fixture.Data, Budgeted(epochs: 1_000_000, "0.5s"), CancellationToken.None);
        using var more = new TinyConvDenoiser(TestContexts.Create());
        var extended = more.Train(fixture.Data, Budgeted(epochs: spent.EpochLosses.Count + 2, "1h"), CancellationToken.None);

        Assert.Equal(spent.EpochLosses, resumed.EpochLosses);
        Assert.Equal(WeightsBytes.Of(first), WeightsBytes.Of(again));
        Assert.Equal(spent.EpochLosses.Count, extended.ResumedFromEpoch);
        Assert.Equal(spent.EpochLosses.Count + 2, extended.EpochLosses.Count);
    }

    [Fact]
    public void Gradient_clipping_bounds_the_norm_of_each_step()
    {
        // Plain SGD with rate 1 moves the weights by exactly the (clipped) gradient: one batch, one step.
        const double maxNorm = 1e-3;
        using var fixture = new TrainingFixture(trainCount: 8);

        var unclipped = StepNorm(fixture, maxGradientNorm: null);
        var clipped = StepNorm(fixture, maxGradientNorm: maxNorm);

        Assert.True(unclipped > 10 * maxNorm, $"the unclipped step {unclipped} must exceed the bound for the test to mean anything");
        Assert.InRange(clipped, 0.99 * maxNorm, 1.01 * maxNorm);
    }

    [Fact]
    public void Keep_best_ends_with_the_weights_of_the_epoch_with_the_best_validation_psnr()
    {
        using var fixture = new TrainingFixture();
        using var logs = new FakeLogs();
        using var denoiser = new TinyConvDenoiser(TestContexts.Create(logs.Factory));
        var data = fixture.With(SmoothPatterns.NoisyVersions(fixture.Clean, TrainingFixture.NoiseSigma), seed: 7, withValidation: true);
        var options = TrainingFixture.Options(epochs: 7);
        options.KeepBest = true;
        options.LearningRate = 0.08;   // high enough for the validation PSNR to fall back after its peak

        denoiser.Train(data, options, CancellationToken.None);

        var psnrs = logs.Messages.Where(m => m.StartsWith("Epoch ", StringComparison.Ordinal)).Select(ValidationPsnr).ToArray();
        var bestEpoch = Array.IndexOf(psnrs, psnrs.Max()) + 1;
        Assert.True(bestEpoch < psnrs.Length, $"the last epoch must not be the best for the test to mean anything: {string.Join(", ", psnrs)}");
        var final = SmoothPatterns.MeanPsnr(denoiser.Denoise(fixture.HeldOutNoisy, CancellationToken.None), fixture.HeldOutClean);
        Assert.Equal(psnrs.Max(), final, 0.006);   // the log rounds to 0.01 dB
        Assert.Contains(logs.Messages, m => m.StartsWith($"Keeping the weights of epoch {bestEpoch}, the best", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(fixture.CheckpointDirectory, "best.weights")));
    }

    [Fact]
    public void Keep_best_with_validate_every_ends_with_the_weights_of_the_best_validation_within_an_epoch()
    {
        using var fixture = new TrainingFixture();
        using var denoiser = new TinyConvDenoiser(TestContexts.Create());
        var reports = new ReportList();
        var data = fixture.Validated(reports);
        var options = TrainingFixture.Options(epochs: 4);
        options.KeepBest = true;
        options.ValidateEvery = 3;
        options.LearningRate = 0.08;   // high enough for the validation PSNR to fall back after its peak

        denoiser.Train(data, options, CancellationToken.None);

        var validations = reports.Where(report => report.Validation.Count > 0).ToList();
        var best = validations.MaxBy(report => report.Validation["psnr"])!;
        Assert.True(best.Step % 8 != 0, $"the best must fall within an epoch for the test to mean anything: step {best.Step}");
        var final = SmoothPatterns.MeanPsnr(denoiser.Denoise(fixture.HeldOutNoisy, CancellationToken.None), fixture.HeldOutClean);
        Assert.Equal(best.Validation["psnr"], final, 0.002);
    }

    [Fact]
    public void Validate_every_needs_validation_pairs()
    {
        using var fixture = new TrainingFixture(trainCount: 4);
        using var denoiser = new TinyConvDenoiser(TestContexts.Create());
        var options = TrainingFixture.Options(epochs: 1);
        options.ValidateEvery = 2;

        var error = Assert.Throws<ArgumentException>(() => denoiser.Train(fixture.Data, options, CancellationToken.None));

        Assert.Contains("validate_every needs validation pairs", error.Message);
    }

    [Fact]
    public void Keep_best_needs_validation_pairs()
    {
        using var fixture = new TrainingFixture(trainCount: 4);
        using var denoiser = new TinyConvDenoiser(TestContexts.Create());
        var options = TrainingFixture.Options(epochs: 1);
        options.KeepBest = true;

        var error = Assert.Throws<ArgumentException>(() => denoiser.Train(fixture.Data, options, CancellationToken.None));

        Assert.Contains("validate_on", error.Message);
    }

    private static TrainingOptions Budgeted(int epochs, string budget)
    {
        var options = TrainingFixture.Options(epochs);
        options.TimeBudget = budget;
        return options;
    }

    private static double ValidationPsnr(string epochLine)
    {
        var start = epochLine.IndexOf("validation PSNR ", StringComparison.Ordinal) + "validation PSNR ".Length;
        return double.Parse(epochLine[start..epochLine.IndexOf(" dB", start, StringComparison.Ordinal)], CultureInfo.InvariantCulture);
    }

    private static double StepNorm(TrainingFixture fixture, double? maxGradientNorm)
    {
        using var network = SeededConstruction.Build(3, () => nn.Sequential(
            nn.Conv2d(1, 4, 3, padding: 1), nn.ReLU(), nn.Conv2d(4, 1, 3, padding: 1)));
        using var optimizer = optim.SGD(network.parameters(), 1.0);
        var before = network.parameters().Select(p => p.detach().clone()).ToArray();
        var trainer = new EpochTrainer(network, optimizer, Losses.Create("mse"), CPU, maxGradientNorm);

        trainer.Run(fixture.Data, new ImageShape(1, 12, 12), epoch: 0, batchSize: 8, CancellationToken.None);

        var squared = network.parameters().Zip(before, (after, start) => (after - start).square().sum().item<float>()).Sum();
        foreach (var tensor in before)
            tensor.Dispose();
        return Math.Sqrt(squared);
    }
}

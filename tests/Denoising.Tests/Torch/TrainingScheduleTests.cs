using Denoising.Abstractions;
using Denoising.Common;
using Denoising.Tests.Plugins;
using Denoising.Tests.Torch.Support;
using Denoising.Torch;
using Denoising.Torch.Training;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Denoising.Tests.Torch;

public sealed class TrainingScheduleTests
{
    public TrainingScheduleTests() => TorchCompute.Apply(TestContexts.Cpu);

    [Fact]
    public void Multistep_multiplies_the_rate_by_gamma_after_each_milestone_epoch()
    {
        var options = new TrainingOptions { LrSchedule = "multistep", LrMilestones = [2, 4], LrGamma = 0.5 };

        var rates = RatesPerEpoch(options, epochs: 6);

        Assert.Equal([1.0, 1.0, 0.5, 0.5, 0.25, 0.25], rates, new ToleranceComparer(1e-12));
    }

    [Fact]
    public void Cosine_anneals_from_the_rate_to_lr_min_over_the_epochs()
    {
        var options = new TrainingOptions { LrSchedule = "cosine", LrMin = 0.1 };

        var rates = RatesPerEpoch(options, epochs: 4);

        // lr_e = min + (1 - min) (1 + cos(pi e / 4)) / 2
        double[] expected = [.. Enumerable.Range(0, 4).Select(e => 0.1 + 0.9 * (1 + Math.Cos(Math.PI * e / 4)) / 2)];
        Assert.Equal(expected, rates, new ToleranceComparer(1e-9));
    }

    [Theory]
    // epochs done of 100, seconds trained of a 600 s budget: the larger fraction drives the cosine
    [InlineData(0, 0.0, 1.0)]
    [InlineData(10, 300.0, 0.55)] // half the budget: halfway down, though a tenth of the epochs
    [InlineData(50, 60.0, 0.55)] // half the epochs: halfway down, though a tenth of the budget
    [InlineData(5, 600.0, 0.1)] // budget spent: at lr_min
    [InlineData(5, 900.0, 0.1)]
    public void Cosine_with_a_time_budget_follows_whichever_ends_first(int epochsDone, double trainedSeconds, double expected)
    {
        Assert.Equal(expected, LearningRateSchedules.CosineRate(1.0, 0.1, epochsDone, 100, trainedSeconds, 600), 12);
    }

    [Fact]
    public void With_a_time_budget_cosine_sets_each_epochs_rate_from_the_clock()
    {
        var options = new TrainingOptions { LrSchedule = "cosine", LrMin = 0.1, Epochs = 100, LearningRate = 1.0, TimeBudget = "10m" };
        using var parameter = new Parameter(zeros(1));
        using var optimizer = optim.SGD([parameter], 1.0);

        Assert.Null(LearningRateSchedules.Create(options, optimizer));
        LearningRateSchedules.SetBudgetedRate(options, optimizer, epochsDone: 1, new TrainingClock(TimeSpan.FromMinutes(10), spentSeconds: 300));

        // 300 s of 600 (a resumed training's earlier seconds count) is past 1 epoch of 100: halfway down
        Assert.InRange(optimizer.ParamGroups.Single().LearningRate, 0.549, 0.55); // the clock has run a little since
    }

    [Fact]
    public void A_constant_schedule_makes_no_scheduler()
    {
        using var parameter = new Parameter(zeros(1));
        using var optimizer = optim.SGD([parameter], 1.0);

        Assert.Null(LearningRateSchedules.Create(new TrainingOptions(), optimizer));
    }

    [Theory]
    [InlineData("multistep")]
    [InlineData("cosine")]
    public void A_resumed_schedule_continues_where_it_stopped(string schedule)
    {
        var options = new TrainingOptions { LrSchedule = schedule, LrMilestones = schedule == "multistep" ? [1, 3] : [] };
        var straight = RatesPerEpoch(options, epochs: 5);
        using var parameter = new Parameter(zeros(1));
        using var optimizer = optim.SGD([parameter], 1.0);

        options.Epochs = 5;
        LearningRateSchedules.Create(options, optimizer, completedEpochs: 3);

        Assert.Equal(straight[3], optimizer.ParamGroups.Single().LearningRate, 12);
    }

    [Fact]
    public void Training_with_a_schedule_resumes_to_the_weights_of_uninterrupted_training()
    {
        static TrainingOptions Scheduled(int epochs)
        {
            var options = TrainingFixture.Options(epochs);
            (options.LrSchedule, options.LrMilestones, options.LrGamma) = ("multistep", [1, 3], 0.3);
            return options;
        }
        using var interrupted = new TrainingFixture();
        using var uninterrupted = new TrainingFixture();
        using (var firstHalf = new TinyConvDenoiser(TestContexts.Create()))
            firstHalf.Train(interrupted.Data, Scheduled(epochs: 2), CancellationToken.None);
        using var secondHalf = new TinyConvDenoiser(TestContexts.Create());
        using var straight = new TinyConvDenoiser(TestContexts.Create());
        using var unscheduled = new TinyConvDenoiser(TestContexts.Create());

        secondHalf.Train(interrupted.Data, Scheduled(epochs: 4), CancellationToken.None);
        straight.Train(uninterrupted.Data, Scheduled(epochs: 4), CancellationToken.None);
        using var third = new TrainingFixture();
        unscheduled.Train(third.Data, TrainingFixture.Options(epochs: 4), CancellationToken.None);

        Assert.Equal(WeightsBytes.Of(straight), WeightsBytes.Of(secondHalf));
        Assert.NotEqual(WeightsBytes.Of(straight), WeightsBytes.Of(unscheduled));
    }

    [Fact]
    public void Schedule_and_budget_options_are_validated()
    {
        Assert.Empty(OptionsAssertions.Errors(new TrainingOptions { LrSchedule = "multistep", LrMilestones = [30, 60], TimeBudget = "90s" }));
        Assert.Contains("needs lr_milestones", Assert.Single(OptionsAssertions.Errors(new TrainingOptions { LrSchedule = "multistep" })));
        Assert.Contains("increasing", Assert.Single(OptionsAssertions.Errors(
            new TrainingOptions { LrSchedule = "multistep", LrMilestones = [5, 5] })));
        Assert.Contains("multistep only", Assert.Single(OptionsAssertions.Errors(
            new TrainingOptions { LrSchedule = "cosine", LrMilestones = [5] })));
        Assert.Contains("time_budget '2 weeks'", Assert.Single(OptionsAssertions.Errors(
            new TrainingOptions { TimeBudget = "2 weeks" })));
        Assert.NotEmpty(OptionsAssertions.Errors(new TrainingOptions { LrSchedule = "linear" }));
        Assert.NotEmpty(OptionsAssertions.Errors(new TrainingOptions { MaxGradientNorm = 0 }));
        OptionsAssertions.EveryPropertyIsDescribed(typeof(TorchDenoiserOptions));
    }

    [Theory]
    [InlineData("90s", 90)]
    [InlineData("2m", 120)]
    [InlineData("3h", 10_800)]
    [InlineData("1.5h", 5_400)]
    [InlineData(" 0.25 s ", 0.25)]
    public void Durations_are_a_number_and_a_unit(string text, double seconds)
    {
        Assert.True(TrainingDuration.TryParse(text, out var duration));
        Assert.Equal(seconds, duration.TotalSeconds, 9);
    }

    [Theory]
    [InlineData("90")]
    [InlineData("2 weeks")]
    [InlineData("-1s")]
    [InlineData("0s")]
    [InlineData("1e3s")]
    [InlineData("")]
    public void Other_durations_are_refused(string text) => Assert.False(TrainingDuration.TryParse(text, out _));

    /// <summary>The rate each of <paramref name="epochs"/> epochs trains with (base rate 1), stepping once per epoch.</summary>
    private static double[] RatesPerEpoch(TrainingOptions options, int epochs)
    {
        using var parameter = new Parameter(zeros(1));
        using var optimizer = optim.SGD([parameter], 1.0);
        options.Epochs = epochs;
        var scheduler = LearningRateSchedules.Create(options, optimizer)!;
        var rates = new double[epochs];
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            rates[epoch] = optimizer.ParamGroups.Single().LearningRate;
            scheduler.step();
        }
        return rates;
    }

    private sealed class ToleranceComparer(double tolerance) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance;
        public int GetHashCode(double obj) => 0;
    }
}

using Denoising.Host.Sweeps;

namespace Denoising.Tests.Sweeps;

public sealed class SweepProgressTests
{
    [Fact]
    public void Remaining_time_is_the_mean_point_time_times_the_points_left_per_worker()
    {
        PointResult[] finished =
        [
            Result(0, PointOutcome.Completed, 10),
            Result(1, PointOutcome.Failed, 30),
            Result(2, PointOutcome.Skipped, 0),
        ];

        Assert.Equal(TimeSpan.FromSeconds(140), SweepProgress.Remaining(finished, count: 10, parallel: 1));
        Assert.Equal(TimeSpan.FromSeconds(70), SweepProgress.Remaining(finished, count: 10, parallel: 2));
        Assert.Equal(TimeSpan.Zero, SweepProgress.Remaining([Result(0, PointOutcome.Skipped, 0)], count: 4, parallel: 1));
    }

    [Fact]
    public void Time_the_running_points_have_spent_is_taken_off_up_to_the_mean_point_time_each()
    {
        PointResult[] finished = [Result(0, PointOutcome.Completed, 10), Result(1, PointOutcome.Completed, 30)];

        // Mean 20 s, 8 points left: 160 s of work, less 5 s and 20 s (a point running 50 s counts as 20 s), on 2 workers.
        Assert.Equal(TimeSpan.FromSeconds(68), SweepProgress.Remaining(finished, count: 10, parallel: 2,
            [TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(50)]));
        Assert.Equal(TimeSpan.Zero, SweepProgress.Remaining(finished, count: 3, parallel: 1, [TimeSpan.FromSeconds(90)]));
    }

    private static PointResult Result(int index, PointOutcome outcome, double seconds) =>
        new(new SweepPoint(index, [], $"hash{index}", 0), outcome, null, TimeSpan.FromSeconds(seconds));
}

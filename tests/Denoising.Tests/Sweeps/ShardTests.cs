using Denoising.Host.Sweeps;

namespace Denoising.Tests.Sweeps;

public sealed class ShardTests
{
    private static readonly IReadOnlyList<SweepPoint> Points = Enumerable.Range(0, 13)
        .Select(i => new SweepPoint(i, [], PointHash.Of($"point {i}"), 0))
        .ToList();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(13)]
    [InlineData(20)]
    public void Shards_are_disjoint_cover_every_point_and_differ_in_size_by_at_most_one(int count)
    {
        var shards = Enumerable.Range(1, count).Select(k => new Shard(k, count).Select(Points)).ToList();

        var all = shards.SelectMany(s => s.Select(p => p.Index)).ToList();
        Assert.Equal(Points.Count, all.Count);
        Assert.Equal(Points.Select(p => p.Index).Order(), all.Order());
        Assert.True(shards.Max(s => s.Count) - shards.Min(s => s.Count) <= 1);
        Assert.All(shards, s => Assert.Equal(s.OrderBy(p => p.Index), s));
    }

    [Fact]
    public void A_shard_depends_on_the_hashes_not_on_the_order_the_points_come_in()
    {
        var shuffled = Points.Reverse().ToList();

        Assert.Equal(new Shard(2, 3).Select(Points), new Shard(2, 3).Select(shuffled));
    }

    [Theory]
    [InlineData("2/4", 2, 4)]
    [InlineData("1/1", 1, 1)]
    public void Parses_k_of_n(string text, int index, int count) => Assert.Equal(new Shard(index, count), Shard.Parse(text));

    [Theory]
    [InlineData("0/4")]
    [InlineData("5/4")]
    [InlineData("2")]
    [InlineData("a/b")]
    [InlineData("-1/4")]
    public void Rejects_shards_outside_one_to_n(string text) =>
        Assert.Contains("expected K/N with 1 <= K <= N", Assert.Throws<FormatException>(() => Shard.Parse(text)).Message);

    [Theory]
    [InlineData(0, 4)]  // --array=0-3, a Kubernetes completion index
    [InlineData(1, 4)]  // --array=1-4
    [InlineData(7, 4)]  // --array=7-10
    [InlineData(0, 1)]
    public void Any_run_of_count_consecutive_task_numbers_runs_every_shard_once(int first, int count)
    {
        var shards = Enumerable.Range(first, count).Select(n => Shard.FromTaskNumber(n, count)).ToList();

        Assert.Equal(Enumerable.Range(1, count), shards.Select(s => s.Index).Order());
        Assert.All(shards, s => Assert.Equal(count, s.Count));
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(3, 4)]
    [InlineData(4, 1)]
    public void A_task_number_maps_to_its_shard_counted_from_zero(int number, int index) =>
        Assert.Equal(new Shard(index, 4), Shard.FromTaskNumber(number, 4));

    [Fact]
    public void A_task_resubmitted_alone_runs_the_shard_it_ran_in_the_whole_array()
    {
        var inWholeArray = Enumerable.Range(1, 4).ToDictionary(n => n, n => Shard.FromTaskNumber(n, 4));

        Assert.Equal(inWholeArray[3], Shard.FromTaskNumber(3, 4)); // sbatch --array=3 with SWEEP_SHARDS=4
        Assert.Equal(inWholeArray[3].Select(Points), Shard.FromTaskNumber(3, 4).Select(Points));
    }

    [Theory]
    [InlineData(-1, 4)]
    [InlineData(0, 0)]
    public void Task_numbers_below_zero_and_counts_below_one_are_refused(int number, int count) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Shard.FromTaskNumber(number, count));
}

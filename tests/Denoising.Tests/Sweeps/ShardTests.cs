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
}

using Denoising.Abstractions;
using Denoising.Host.Experiments.Definitions;
using Denoising.Host.Running;

namespace Denoising.Tests.Host;

public sealed class DatasetSplitterTests
{
    private static readonly IReadOnlyList<Image> Faces = Enumerable.Range(0, 60)
        .Select(i => new Image($"person{i % 6}/photo{i}", 1, 1, 1, [i / 60f]))
        .ToList();

    [Fact]
    public void Same_seed_gives_the_same_split_and_the_sides_partition_the_set()
    {
        var (train, test) = Split(Faces, 0.25, seed: 4);
        var (train2, test2) = Split(Faces, 0.25, seed: 4);
        var (_, other) = Split(Faces, 0.25, seed: 5);

        Assert.Equal(15, test.Count);
        Assert.Equal(test.Select(i => i.Id), test2.Select(i => i.Id));
        Assert.Equal(train.Select(i => i.Id), train2.Select(i => i.Id));
        Assert.NotEqual(test.Select(i => i.Id), other.Select(i => i.Id));
        Assert.Equal(Faces.Select(i => i.Id).Order(), train.Concat(test).Select(i => i.Id).Order());
    }

    [Theory]
    [InlineData(SplitUnit.Image)]
    [InlineData(SplitUnit.Group)]
    public void A_test_fraction_of_zero_holds_out_nothing(SplitUnit unit)
    {
        var (train, test) = Split(Faces, 0, seed: 3, unit);

        Assert.Empty(test);
        Assert.Equal(Faces.Select(i => i.Id), train.Select(i => i.Id));
    }

    [Fact]
    public void Group_split_keeps_each_group_on_one_side()
    {
        var (train, test) = Split(Faces, 0.35, seed: 1, SplitUnit.Group);

        var testPeople = test.Select(i => i.Id.Split('/')[0]).ToHashSet();
        var trainPeople = train.Select(i => i.Id.Split('/')[0]).ToHashSet();
        Assert.Empty(testPeople.Intersect(trainPeople));
        Assert.Equal(2, testPeople.Count);
        Assert.Equal(60, train.Count + test.Count);
    }

    [Fact]
    public void Group_split_skips_a_group_larger_than_the_test_share()
    {
        var images = Enumerable.Range(0, 100)
            .Select(i => new Image(i < 70 ? $"big/{i}" : $"p{i % 10}/{i}", 1, 1, 1, [0f]))
            .ToList();

        var (_, test) = Split(images, 0.2, seed: 2, SplitUnit.Group);

        Assert.Equal(18, test.Count);
        Assert.DoesNotContain(test, i => i.Id.StartsWith("big/"));
    }

    private static (IReadOnlyList<Image> Train, IReadOnlyList<Image> Test) Split(
        IReadOnlyList<Image> images, double testFraction, int seed, SplitUnit unit = SplitUnit.Image)
    {
        var (train, test) = DatasetSplitter.SplitIndices(images.Select(image => image.Id).ToList(), testFraction, seed, unit);
        return (train.Select(i => images[i]).ToList(), test.Select(i => images[i]).ToList());
    }
}

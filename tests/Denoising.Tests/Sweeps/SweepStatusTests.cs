using Denoising.Host.Sweeps;

namespace Denoising.Tests.Sweeps;

public sealed class SweepStatusTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public void A_running_point_shows_the_last_epoch_of_its_newest_curves_file()
    {
        var running = new SweepPoint(1, [], "hash1", 0);
        var starting = new SweepPoint(2, [], "hash2", 0);
        var curves = _temp.PathOf(Path.Combine(SweepLayout.PointDirectory(running), "curves", "model.csv"));
        File.WriteAllText(curves, "epoch,step,seconds,loss,learning_rate\n1,4,0.500,0.1,0.001\n2,8,1.000,0.05,0.001\n");
        var status = new SweepStatus("grid", _temp.Path, count: 4, parallel: 2);
        status.Finished(new PointResult(new SweepPoint(0, [], "hash0", 0), PointOutcome.Completed, null, TimeSpan.FromSeconds(10)));
        status.Started(running);
        status.Started(starting);
        status.Finished(new PointResult(new SweepPoint(3, [], "hash3", 0), PointOutcome.Failed, "boom", TimeSpan.FromSeconds(2)));

        var snapshot = status.Snapshot();

        Assert.Equal((1, 1, 2), (snapshot.Done, snapshot.Failed, snapshot.Running.Count));
        Assert.Equal(new TrainingPosition("model", 2), snapshot.Running[0].Training);
        Assert.Null(snapshot.Running[1].Training);
        Assert.StartsWith("1 of 4 done, 2 running (point 2 model epoch 2, point 3), 1 failed; ETA ", snapshot.Describe(), StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();
}

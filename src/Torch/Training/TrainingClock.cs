using System.Diagnostics;

namespace Denoising.Torch.Training;

/// <summary>
/// Training time across runs: the seconds earlier runs spent (from the checkpoint) plus this run's, against an
/// optional wall-clock budget. Read between batches; no timer thread is involved.
/// </summary>
internal sealed class TrainingClock(TimeSpan? budget, double spentSeconds)
{
    private readonly Stopwatch _session = Stopwatch.StartNew();

    /// <summary>Seconds of training in all runs so far.</summary>
    public double TrainedSeconds => spentSeconds + _session.Elapsed.TotalSeconds;

    /// <summary>Whether the budget (if any) is used up.</summary>
    public bool IsSpent => budget is TimeSpan limit && TrainedSeconds >= limit.TotalSeconds;
}

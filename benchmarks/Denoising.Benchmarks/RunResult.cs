namespace Denoising.Benchmarks;

/// <summary>What one run measured; printed as one JSON line so the sweep can collect it.</summary>
internal sealed record RunResult(
    string Model,
    string Allocator,
    double[] EpochSeconds,
    double[] EpochCpuSeconds,
    long[] EpochMinorFaults,
    double PeakResidentMiB,
    double FinalResidentMiB,
    double UserSeconds,
    double SystemSeconds,
    bool StoppedAtMemoryLimit)
{
    /// <summary>
    /// Fastest epoch after the first (the first includes warm-up): on a shared machine other processes only ever add
    /// time, so the minimum is the closest to the uncontended figure.
    /// </summary>
    public double BestSecondsPerEpoch => EpochSeconds.Length > 1 ? EpochSeconds.Skip(1).Min() : EpochSeconds.DefaultIfEmpty(double.NaN).First();

    /// <summary>Mean of the epochs after the first.</summary>
    public static double Steady(double[] perEpoch) =>
        perEpoch.Length > 1 ? perEpoch.Skip(1).Average() : perEpoch.DefaultIfEmpty(double.NaN).First();
}

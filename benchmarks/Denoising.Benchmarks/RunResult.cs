namespace Denoising.Benchmarks;

/// <summary>What one run measured; printed as one JSON line so the sweep can collect it.</summary>
internal sealed record RunResult(
    string Model,
    double[] EpochSeconds,
    double[] EpochCpuSeconds,
    long[] EpochMinorFaults,
    double PeakResidentMiB,
    double FinalResidentMiB,
    double UserSeconds,
    double SystemSeconds,
    bool StoppedAtMemoryLimit)
{
    /// <summary>Mean of the epochs after the first (the first includes warm-up).</summary>
    public double SteadySecondsPerEpoch => Steady(EpochSeconds);

    public static double Steady(double[] perEpoch) =>
        perEpoch.Length > 1 ? perEpoch.Skip(1).Average() : perEpoch.DefaultIfEmpty(double.NaN).First();
}

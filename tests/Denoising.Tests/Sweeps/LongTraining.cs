using System.Diagnostics;

namespace Denoising.Tests.Sweeps;

/// <summary>A sweep whose one point trains until it is stopped (bounded by a time budget should a test leak it).</summary>
internal static class LongTraining
{
    public const string Sweep = """
        seed: 1
        datasets:
          shapes: { source: { type: synthetic, count: 8, height: 8, width: 8 }, test_fraction: 0.5 }
        steps:
          - id: model
            kind: train
            input: shapes.train
            noise: { type: gaussian, sigma: 0.1 }
            denoiser: { type: dense-ae, hidden: [4] }
            training: { epochs: 1000000, batch_size: 4, time_budget: 2m }
        sweep:
          grid:
            seed: [1, 2]
        """;

    /// <summary>Until the first point's log says its training step started; returns that point's folder.</summary>
    public static async Task<string> WaitForTraining(string pointsFolder)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            var log = Directory.Exists(pointsFolder) ? Directory.GetFiles(pointsFolder, "log.txt", SearchOption.AllDirectories).FirstOrDefault() : null;
            if (log is not null && ReadShared(log).Contains("Step 1/1", StringComparison.Ordinal))
                return Path.GetDirectoryName(log)!;
            await Task.Delay(100);
        }
        throw new TimeoutException("the first point did not start training within 60 s");
    }

    private static string ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        return new StreamReader(stream).ReadToEnd();
    }
}

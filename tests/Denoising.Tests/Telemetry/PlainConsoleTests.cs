namespace Denoising.Tests.Telemetry;

/// <summary>The console of a run whose output is redirected (a log file, CI): plain lines, the metrics as one table.</summary>
public sealed class PlainConsoleTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public void A_redirected_run_writes_plain_lines_without_escape_sequences_and_ends_with_an_aligned_metrics_table()
    {
        var config = _temp.File("tiny.yaml", TrainedRun.Config);

        var (exitCode, output, errors) = DenoiseCli.Run("run", config, "--out", _temp.PathOf("run"));

        Assert.True(exitCode == 0, output + errors);
        Assert.DoesNotContain('\u001b', output + errors);
        Assert.Contains("ConvAutoencoder: Epoch 2/2: loss ", output, StringComparison.Ordinal);
        var lines = output.Split('\n');
        var title = Array.FindIndex(lines, line => line.EndsWith("ExperimentRunner: Metrics (means):", StringComparison.Ordinal));
        Assert.True(title >= 0, output);
        var table = lines.Skip(title + 1).Take(3).ToArray();
        Assert.Matches(@"step +input +mse +psnr +ssim$", table[0]);
        Assert.Matches(@"scores +noisy +\d+\.\d{4} +\d+\.\d{4} +\d+\.\d{4}$", table[1]);
        Assert.Matches(@"scores +denoised +\d+\.\d{4} +\d+\.\d{4} +\d+\.\d{4}$", table[2]);
        Assert.Single(table.Select(line => line.Length).Distinct());
        // The same table is in the run's log.
        Assert.Contains(table[2][table[2].IndexOf("scores", StringComparison.Ordinal)..], File.ReadAllText(_temp.PathOf("run/log.txt")), StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();
}

namespace Denoising.Tests.Host;

public sealed class CompareTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private const string NoTraining = """
        seed: 3
        datasets:
          shapes: { source: { type: synthetic, count: 8, height: 8, width: 8 } }
        steps:
          - { id: noisy, kind: noise, input: shapes.test, noise: { type: gaussian, sigma: 0.1 } }
          - { id: scores, kind: evaluate, inputs: [noisy], reference: shapes.test, metrics: [psnr] }
        """;

    [Fact]
    public void Compare_puts_runs_metrics_side_by_side_and_names_the_config_keys_that_differ()
    {
        var config = _temp.File("x.yaml", NoTraining);
        var low = _temp.PathOf("low");
        var high = _temp.PathOf("high");
        Assert.Equal(0, DenoiseCli.Run("run", config, "--out", low).ExitCode);
        Assert.Equal(0, DenoiseCli.Run("run", config, "--out", high, "--set", "steps.noisy.noise.sigma=0.3").ExitCode);
        var csv = _temp.PathOf("compare.csv");
        var markdown = _temp.PathOf("compare.md");

        var (exitCode, output, errors) = DenoiseCli.Run("compare", low, high, "--csv", csv, "--markdown", markdown);

        Assert.True(exitCode == 0, errors);
        Assert.Matches(@"metric\s+low\s+high\n", output);
        Assert.Matches(@"scores/noisy/psnr\s+\d+\.\d{4}\s+\d+\.\d{4}\n", output);
        Assert.Contains("Config keys that differ:\n  steps.noisy.noise.sigma: 0.1 | 0.3\n", output);
        Assert.DoesNotContain("steps.scores", output);
        var lines = File.ReadAllLines(csv);
        Assert.Equal("metric,low,high", lines[0]);
        Assert.StartsWith("scores/noisy/psnr,", lines[1]);
        Assert.Contains("| `steps.noisy.noise.sigma` | 0.1 | 0.3 |", File.ReadAllText(markdown));
    }

    [Fact]
    public void Compare_of_a_folder_that_is_no_run_fails_naming_the_file()
    {
        var (exitCode, _, errors) = DenoiseCli.Run("compare", _temp.PathOf("nothing"));

        Assert.Equal(1, exitCode);
        Assert.Contains("metrics.json' does not exist", errors);
    }

    public void Dispose() => _temp.Dispose();
}

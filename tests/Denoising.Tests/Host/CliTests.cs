using Denoising.Tests.TestSupport;

namespace Denoising.Tests.Host;

/// <summary>The built executable, as a user runs it.</summary>
public sealed class CliTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public void Invalid_experiment_exits_non_zero_with_the_position_of_each_problem()
    {
        var config = _temp.File("broken.yaml", """
            datasets:
              shapes: { source: { type: synthetic, count: 10 } }
            steps:
              - { id: noisy, kind: noise, input: shapes.test, noise: { type: gausian, sigma: 0.1 } }
            """);

        var (exitCode, _, errors) = Run("validate", config);

        Assert.Equal(2, exitCode);
        Assert.Contains($"{config}:4:66: steps[0].noise.type: unknown noise model 'gausian'; known: ", errors);
        Assert.Contains("gaussian", errors);
    }

    [Fact]
    public void Missing_dataset_folder_is_reported_where_it_was_written_before_anything_runs()
    {
        var config = _temp.File("missing.yaml", """
            datasets:
              photos: { source: { type: image-folder, path: no/such/folder } }
            steps:
              - { id: noisy, kind: noise, input: photos.test, noise: { type: gaussian, sigma: 0.1 } }
            """);
        var output = Path.Combine(_temp.Path, "run");

        var (exitCode, log, errors) = Run("run", config, "--out", output);
        var (validateExitCode, _, validateErrors) = Run("validate", config);

        Assert.Equal(2, exitCode);
        Assert.Contains($"{config}:2:21: datasets.photos.source: dataset 'image-folder': ", errors);
        Assert.Contains("no/such/folder", errors);
        Assert.DoesNotContain("Step 1/1", log);
        Assert.False(Directory.Exists(output), "a run stopped by bad options leaves no folder");
        Assert.Equal(2, validateExitCode);
        Assert.Contains("no/such/folder", validateErrors);
    }

    [Fact]
    public void Plugins_command_lists_components_with_their_options_and_defaults_and_the_hosts_step_kinds_losses_and_optimizers()
    {
        var (exitCode, output, _) = Run("plugins");

        Assert.Equal(0, exitCode);
        Assert.Contains("conv-ae", output);
        Assert.Contains("channels: list of int = [32, 32]", output);
        Assert.Contains("sigma_range", output);
        Assert.Contains("metrics:\n  mse  (Denoising.Plugins.Metrics)", output);
        Assert.Contains("  ssim  (Denoising.Plugins.Metrics)", output);
        Assert.Contains("step kinds:\n  noise\n", output);
        Assert.Contains("  evaluate\n", output);
        Assert.Contains("metrics: list of metric {type: ...} = [mse, psnr, ssim]", output);
        Assert.Contains("losses: bce, mse, l1\n", output);
        Assert.Contains("optimizers: adam, adamw, sgd\n", output);
        Assert.Contains("= {epochs: 10, batch_size: 16, ", output);
    }

    private const string NoTraining = """
        datasets:
          shapes: { source: { type: synthetic, count: 6, height: 8, width: 8 } }
        steps:
          - { id: noisy, kind: noise, input: shapes.test, noise: { type: gaussian, sigma: 0.1 } }
          - { id: scores, kind: evaluate, inputs: [noisy], reference: shapes.test }
        """;

    [Theory]
    [InlineData("sweep", "x.yaml", "--parallel", "0")]
    [InlineData("run")]
    [InlineData("no-such-command")]
    public void A_command_line_that_cannot_run_exits_2_with_the_reason(params string[] arguments)
    {
        var (exitCode, _, errors) = Run(arguments);

        Assert.Equal(2, exitCode);
        Assert.Contains("--help", errors);
        if (arguments.Contains("--parallel"))
            Assert.Contains("--parallel must be 1 or more", errors);
    }

    [Fact]
    public void A_key_added_by_set_is_reported_at_the_set()
    {
        var config = _temp.File("quick.yaml", NoTraining);

        var (exitCode, _, errors) = Run("validate", config, "--set", "steps.scores.colour=red");

        Assert.Equal(2, exitCode);
        Assert.Contains("--set steps.scores.colour=red: steps[1].colour: unknown key", errors);
    }

    [Fact]
    public void Console_and_run_log_share_one_line_format()
    {
        var config = _temp.File("quick.yaml", NoTraining);
        var output = Path.Combine(_temp.Path, "run");

        var (exitCode, console, _) = Run("run", config, "--out", output);

        Assert.Equal(0, exitCode);
        var logLines = File.ReadAllLines(Path.Combine(output, "log.txt"));
        Assert.NotEmpty(logLines);
        var line = new System.Text.RegularExpressions.Regex(@"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d (info |warn |error|debug) \w+: ");
        Assert.All(logLines, l => Assert.Matches(line, l));
        // Same text after the time stamp: the console and the file format each entry alike.
        Assert.All(logLines, l => Assert.Contains(l[20..], console));
        Assert.DoesNotContain("Denoising.Host.Running.ExperimentRunner[0]", console);
    }

    [Fact]
    public void The_console_formatter_is_chosen_by_configuration()
    {
        var config = _temp.File("quick.yaml", NoTraining);

        var (exitCode, console, _) = Run(new Dictionary<string, string?> { ["Logging__Console__FormatterName"] = "json" },
            "run", config, "--out", Path.Combine(_temp.Path, "run"));

        Assert.Equal(0, exitCode);
        var entries = console.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement).ToList();
        Assert.Contains(entries, e => e.GetProperty("Category").GetString() == "Denoising.Host.Running.ExperimentRunner");
    }

    [Fact]
    public void Without_a_safe_native_cache_the_run_stops_with_a_setup_error_and_writes_nothing_to_the_temp_folder()
    {
        var config = _temp.File("quick.yaml", NoTraining);
        var tmp = Directory.CreateDirectory(Path.Combine(_temp.Path, "tmp")).FullName;
        var output = Path.Combine(_temp.Path, "run");
        var environment = new Dictionary<string, string?>
        {
            ["HOME"] = "/nonexistent",
            ["XDG_CACHE_HOME"] = null,
            ["DENOISING_NATIVE_CACHE_DIR"] = null,
            ["TMPDIR"] = tmp,
        };

        var (exitCode, console, errors) = Run(environment, "run", config, "--out", output);

        if (exitCode == 0)
        {
            // This machine's libstdc++ loads TorchSharp's glue as shipped: nothing to patch, so no cache is needed.
            Assert.DoesNotContain("Runtime setup failed", console + errors);
        }
        else
        {
            Assert.Equal(1, exitCode);
            Assert.Contains("Runtime setup failed: No safe folder for the patched copy", console + errors);
            Assert.Contains("DENOISING_NATIVE_CACHE_DIR", console + errors);
            Assert.DoesNotContain("steps[", console + errors);
            Assert.False(Directory.Exists(output));
        }
        Assert.Empty(Directory.GetFileSystemEntries(tmp));
    }

    private static (int ExitCode, string Output, string Errors) Run(params string[] arguments) => DenoiseCli.Run(arguments);

    private static (int ExitCode, string Output, string Errors) Run(IReadOnlyDictionary<string, string?> environment, params string[] arguments) =>
        DenoiseCli.Run(environment, arguments);

    public void Dispose() => _temp.Dispose();
}

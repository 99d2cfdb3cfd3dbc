using System.Diagnostics;

namespace Denoising.Tests.Deploy;

/// <summary>
/// deploy/slurm/one-node-cluster.sh on this machine: installs Slurm, runs the sweep as a job array, compares with a
/// local run. Opt-in (root, apt, about 3 minutes, starts daemons): DENOISE_SLURM_TEST=1, with LFW in DENOISE_LFW_DIR
/// or where configs/seed-cross-noise.yaml looks for it.
/// </summary>
public sealed class OneNodeSlurmTests
{
    [OptInFact("DENOISE_SLURM_TEST")]
    public void The_sweep_run_as_a_slurm_job_array_reports_what_a_local_run_reports()
    {
        var lfw = Environment.GetEnvironmentVariable("DENOISE_LFW_DIR")
            ?? Path.GetFullPath(Path.Combine(RepoPaths.Configs, "..", "..", "shared", "data", "lfw"));
        using var work = new TempDirectory();
        var start = new ProcessStartInfo("bash", ["deploy/slurm/one-node-cluster.sh"])
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["LFW_DIR"] = lfw, ["WORK_DIR"] = work.Path, ["DENOISE"] = Path.Combine(RepoPaths.HostOutput, "denoise") },
        };
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();

        Assert.True(process.ExitCode == 0, output + errors.Result);
        Assert.Contains("summary.csv of the report job, of the report after the retry and of the local run are identical", output);
        Assert.Contains("10 points: 10 completed.", output);
    }
}

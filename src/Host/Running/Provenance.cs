using System.Runtime.InteropServices;
using Denoising.Host.Experiments;
using Denoising.Host.Experiments.Definitions;
using Denoising.Host.Plugins;
using Denoising.Native;
using TorchSharp;

namespace Denoising.Host.Running;

/// <summary>What produced a run, recorded in run.json beside its state: code, libraries, machine and seeds.</summary>
/// <param name="GitCommit">The commit the host was built from, when it was built in a clone; else null.</param>
/// <param name="Threads">Compute threads libtorch used.</param>
/// <param name="Allocator">The malloc serving libtorch's tensors: jemalloc or glibc (see NativeAllocator).</param>
/// <param name="Seeds">The experiment seed (key <c>experiment</c>) and the seed of each noise and train step, explicit or derived.</param>
public sealed record Provenance(
    string FrameworkVersion,
    string? GitCommit,
    string CommandLine,
    IReadOnlyList<PluginIdentity> Plugins,
    string TorchSharpVersion,
    string LibTorchVersion,
    string Os,
    string? Cpu,
    int Threads,
    string Allocator,
    string Device,
    IReadOnlyDictionary<string, int> Seeds)
{
    public static Provenance Collect(Experiment experiment, PluginCatalog plugins)
    {
        var seeds = new Dictionary<string, int> { ["experiment"] = experiment.Options.Seed };
        foreach (var step in experiment.Steps)
        {
            if (step is NoiseStep or TrainStep)
                seeds[step.Id] = experiment.SeedOf(step.Id, step is NoiseStep noise ? noise.Seed : ((TrainStep)step).Seed);
        }
        return new Provenance(
            Host.FrameworkVersion.Version,
            Host.FrameworkVersion.Commit,
            string.Join(' ', Environment.GetCommandLineArgs()),
            plugins.Identities(),
            typeof(torch).Assembly.GetName().Version?.ToString(3) ?? "unknown",
            torch.__version__,
            RuntimeInformation.OSDescription,
            CpuModel(),
            torch.get_num_threads(),
            NativeAllocator.Current,
            experiment.Options.Device,
            seeds);
    }

    /// <summary>The first "model name" of /proc/cpuinfo (Linux); null elsewhere.</summary>
    private static string? CpuModel()
    {
        const string cpuInfo = "/proc/cpuinfo";
        if (!File.Exists(cpuInfo))
            return null;
        return File.ReadLines(cpuInfo)
            .Where(line => line.StartsWith("model name", StringComparison.Ordinal))
            .Select(line => line[(line.IndexOf(':') + 1)..].Trim())
            .FirstOrDefault();
    }
}

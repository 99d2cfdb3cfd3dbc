using System.Diagnostics;
using Denoising.Abstractions;
using Denoising.Native;
using Denoising.Torch;
using Microsoft.Extensions.Logging;
using TorchSharp;
using static TorchSharp.torch;

namespace Denoising.Benchmarks;

/// <summary>Trains one seed model on random images (noise drawn per batch) and measures time and memory per epoch.</summary>
internal sealed class TrainingRun(RunOptions options, ILogger logger)
{
    public RunResult Execute()
    {
        TorchRuntime.EnsureLoaded(options.Policy, logger);
        TorchCompute.Apply(new RuntimeSettings("cpu", options.Threads));
        torch.manual_seed(1);

        var dense = options.Model == "dense";
        long[] imageShape = dense ? [SeedModels.ImageHeight * SeedModels.ImageWidth] : [1, 52, 40];
        using var images = torch.rand([options.ImageCount, .. imageShape]);
        using var model = dense ? SeedModels.Dense() : SeedModels.Conv();
        using var optimizer = torch.optim.Adam(model.parameters(), lr: 1e-3, weight_decay: 1e-5);

        var process = Process.GetCurrentProcess();
        var epochSeconds = new List<double>();
        var epochCpuSeconds = new List<double>();
        var epochFaults = new List<long>();
        var stopped = false;
        for (var epoch = 0; epoch < options.Epochs && !stopped; epoch++)
        {
            var clock = Stopwatch.StartNew();
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var faultsBefore = ProcessMemory.MinorFaults();
            stopped = !TrainEpoch(model, optimizer, images);
            if (options.TrimEvery < 0)
                TorchRuntime.ReleaseFreeMemory();
            epochSeconds.Add(clock.Elapsed.TotalSeconds);
            process.Refresh();
            epochCpuSeconds.Add((process.TotalProcessorTime - cpuBefore).TotalSeconds);
            epochFaults.Add(ProcessMemory.MinorFaults() - faultsBefore);
            logger.LogInformation("{Model} epoch {Epoch}: {Seconds:F2} s, RSS {Rss:F0} MiB, peak {Peak:F0} MiB",
                options.Model, epoch + 1, clock.Elapsed.TotalSeconds, ProcessMemory.ResidentMiB(), ProcessMemory.PeakResidentMiB());
        }

        if (options.MallocInfoPath is { } mallocInfoPath)
            MallocDiagnostics.WriteMallocInfo(mallocInfoPath);
        process.Refresh();
        return new RunResult(options.Model, [.. epochSeconds], [.. epochCpuSeconds], [.. epochFaults], ProcessMemory.PeakResidentMiB(), ProcessMemory.ResidentMiB(),
            process.UserProcessorTime.TotalSeconds, process.PrivilegedProcessorTime.TotalSeconds, stopped);
    }

    /// <returns>False when resident memory passed the limit and the run stopped early.</returns>
    private bool TrainEpoch(nn.Module<Tensor, Tensor> model, optim.Optimizer optimizer, Tensor images)
    {
        model.train();
        using var order = torch.randperm(images.shape[0]);
        var steps = images.shape[0] / options.BatchSize;
        for (var step = 0; step < steps; step++)
        {
            using (var scope = options.DisposeScope ? torch.NewDisposeScope() : null)
            {
                var clean = images.index_select(0, order.narrow(0, step * options.BatchSize, options.BatchSize));
                var noisy = (clean + 0.3 * torch.randn_like(clean)).clamp(0, 1);
                optimizer.zero_grad();
                var loss = nn.functional.binary_cross_entropy(model.forward(noisy), clean);
                loss.backward();
                optimizer.step();
            }
            if (options.TrimEvery > 0 && (step + 1) % options.TrimEvery == 0)
                TorchRuntime.ReleaseFreeMemory();
            if (options.HeapReportEvery > 0 && (step + 1) % options.HeapReportEvery == 0)
                logger.LogInformation("step {Step}: RSS {Rss:F0} MiB, {Heap}", step + 1, ProcessMemory.ResidentMiB(), MallocDiagnostics.Summary());
            if (ProcessMemory.ResidentMiB() > options.RssLimitMiB)
            {
                logger.LogWarning("Resident memory passed {Limit} MiB at step {Step}; stopping this run", options.RssLimitMiB, step);
                return false;
            }
        }
        return true;
    }
}

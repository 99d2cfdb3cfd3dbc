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

        long[] imageShape = options.Model switch
        {
            "dense" => [BenchmarkModels.ImageHeight * BenchmarkModels.ImageWidth],
            "conv" => [1, 52, 40],
            _ => [1, BenchmarkModels.PatchSize, BenchmarkModels.PatchSize],
        };
        using var images = torch.rand([options.ImageCount, .. imageShape]);
        using var model = options.Model switch
        {
            "dense" => BenchmarkModels.Dense(),
            "conv" => BenchmarkModels.Conv(),
            _ => BenchmarkModels.DnCnn(),
        };
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
        return new RunResult(options.Model, NativeAllocator.Current, [.. epochSeconds], [.. epochCpuSeconds], [.. epochFaults], ProcessMemory.PeakResidentMiB(), ProcessMemory.ResidentMiB(),
            process.UserProcessorTime.TotalSeconds, process.PrivilegedProcessorTime.TotalSeconds, stopped);
    }

    /// <summary>
    /// The seed autoencoders: BCE of the output on gaussian 0.3 noise clipped to [0, 1]. DnCNN: MSE of noisy - predicted
    /// noise on unclipped gaussian 25/255 noise, as its benchmark config trains it.
    /// </summary>
    private Tensor Loss(nn.Module<Tensor, Tensor> model, Tensor clean)
    {
        if (options.Model != "dncnn")
            return nn.functional.binary_cross_entropy(model.forward((clean + 0.3 * torch.randn_like(clean)).clamp(0, 1)), clean);
        var noisy = clean + 25.0 / 255.0 * torch.randn_like(clean);
        return nn.functional.mse_loss(noisy - model.forward(noisy), clean);
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
                optimizer.zero_grad();
                var loss = Loss(model, clean);
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

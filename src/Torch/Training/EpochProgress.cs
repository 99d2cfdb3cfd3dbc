using System.Diagnostics;
using Denoising.Abstractions;
using Microsoft.Extensions.Logging;

namespace Denoising.Torch.Training;

/// <summary>
/// Tells how training goes: one log line per epoch (loss, validation PSNR, seconds per epoch, time left) and per
/// validation within an epoch, and, when the host listens (<see cref="TrainingData.Progress"/>), a report at the end of
/// each epoch, after each validation within one, and a few per second in between.
/// </summary>
internal sealed class EpochProgress
{
    /// <summary>Denoised validation images an end-of-epoch report carries when someone listens.</summary>
    public const int ReportedImages = 4;

    /// <summary>Least time between two reports within an epoch: enough for a progress bar, cheap for training.</summary>
    private static readonly TimeSpan BatchReportInterval = TimeSpan.FromMilliseconds(250);

    private readonly ILogger _logger;
    private readonly int _totalEpochs;
    private readonly int _batches;
    private readonly TrainingClock _clock;
    private readonly IProgress<TrainingProgress>? _listener;
    private readonly Stopwatch _sinceReport = Stopwatch.StartNew();
    private double _trainedSeconds;
    private int _trainedEpochs;
    private long _step;

    /// <param name="completedSteps">Optimiser steps a resumed checkpoint had taken.</param>
    public EpochProgress(ILogger logger, int totalEpochs, int batches, long completedSteps, TrainingClock clock, IProgress<TrainingProgress>? listener)
    {
        _logger = logger;
        _totalEpochs = totalEpochs;
        _batches = batches;
        _clock = clock;
        _listener = listener;
        _step = completedSteps;
    }

    public double SecondsPerEpoch => _trainedEpochs == 0 ? 0 : _trainedSeconds / _trainedEpochs;

    /// <summary>Optimiser steps since the training began, those of a resumed checkpoint included.</summary>
    public long Step => _step;

    /// <summary>Validation images to keep for the end-of-epoch report.</summary>
    public int WantedImages => _listener is null ? 0 : ReportedImages;

    /// <summary>Counts an optimiser step; reports it when the last report is old enough.</summary>
    /// <param name="epoch">0-based epoch of the batch.</param>
    /// <param name="batch">Batches done in the epoch, this one included.</param>
    public void BatchDone(int epoch, int batch)
    {
        _step++;
        if (_listener is null || _sinceReport.Elapsed < BatchReportInterval)
            return;
        _sinceReport.Restart();
        _listener.Report(Report(epoch + 1, batch));
    }

    /// <param name="epoch">1-based epoch just finished.</param>
    public void EpochFinished(int epoch, double loss, double learningRate, ValidationScore? validation, double seconds)
    {
        _trainedSeconds += seconds;
        _trainedEpochs++;
        Log(epoch, loss, validation?.Psnr);
        if (_listener is null)
            return;
        _sinceReport.Restart();
        _listener.Report(Report(epoch, _batches) with
        {
            EpochEnded = true,
            Loss = loss,
            LearningRate = learningRate,
            Validation = validation is null ? new Dictionary<string, double>() : new Dictionary<string, double> { ["psnr"] = validation.Psnr },
            ValidationImages = validation?.Images ?? [],
        });
    }

    /// <summary>A validation within an epoch (validate_every): a log line and a report with its metrics.</summary>
    /// <param name="epoch">1-based epoch in progress.</param>
    /// <param name="batch">Batches done in it.</param>
    public void Validated(int epoch, int batch, ValidationScore validation)
    {
        _logger.LogInformation("Step {Step} (epoch {Epoch}, batch {Batch}/{Batches}): validation PSNR {Psnr:F2} dB",
            _step, epoch, batch, _batches, validation.Psnr);
        if (_listener is null)
            return;
        _sinceReport.Restart();
        _listener.Report(Report(epoch, batch) with
        {
            Validation = new Dictionary<string, double> { ["psnr"] = validation.Psnr },
            ValidationImages = validation.Images,
        });
    }

    private TrainingProgress Report(int epoch, int batch) => new()
    {
        Epoch = epoch,
        TotalEpochs = _totalEpochs,
        Batch = batch,
        Batches = _batches,
        Step = _step,
        Seconds = _clock.TrainedSeconds,
    };

    private void Log(int epoch, double loss, double? validationPsnr)
    {
        var remaining = TimeSpan.FromSeconds(Math.Round(SecondsPerEpoch * (_totalEpochs - epoch)));
        if (validationPsnr is double psnr)
            _logger.LogInformation(
                "Epoch {Epoch}/{Epochs}: loss {Loss:F6}, validation PSNR {Psnr:F2} dB, {SecondsPerEpoch:F2} s/epoch, ETA {Remaining}",
                epoch, _totalEpochs, loss, psnr, SecondsPerEpoch, remaining);
        else
            _logger.LogInformation(
                "Epoch {Epoch}/{Epochs}: loss {Loss:F6}, {SecondsPerEpoch:F2} s/epoch, ETA {Remaining}",
                epoch, _totalEpochs, loss, SecondsPerEpoch, remaining);
    }
}

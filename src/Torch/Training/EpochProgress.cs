using Microsoft.Extensions.Logging;

namespace Denoising.Torch.Training;

/// <summary>Logs one line per epoch: loss, validation PSNR, seconds per epoch and time left.</summary>
internal sealed class EpochProgress(ILogger logger, int totalEpochs)
{
    private double _trainedSeconds;
    private int _trainedEpochs;

    public double SecondsPerEpoch => _trainedEpochs == 0 ? 0 : _trainedSeconds / _trainedEpochs;

    /// <param name="epoch">1-based epoch just finished.</param>
    public void EpochFinished(int epoch, double loss, double? validationPsnr, double seconds)
    {
        _trainedSeconds += seconds;
        _trainedEpochs++;
        var remaining = TimeSpan.FromSeconds(Math.Round(SecondsPerEpoch * (totalEpochs - epoch)));
        if (validationPsnr is double psnr)
            logger.LogInformation(
                "Epoch {Epoch}/{Epochs}: loss {Loss:F6}, validation PSNR {Psnr:F2} dB, {SecondsPerEpoch:F2} s/epoch, ETA {Remaining}",
                epoch, totalEpochs, loss, psnr, SecondsPerEpoch, remaining);
        else
            logger.LogInformation(
                "Epoch {Epoch}/{Epochs}: loss {Loss:F6}, {SecondsPerEpoch:F2} s/epoch, ETA {Remaining}",
                epoch, totalEpochs, loss, SecondsPerEpoch, remaining);
    }
}

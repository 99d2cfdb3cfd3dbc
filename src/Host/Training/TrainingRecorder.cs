using Denoising.Abstractions;
using Denoising.Host.Output;
using Denoising.Host.Running;
using Microsoft.Extensions.Logging;

namespace Denoising.Host.Training;

/// <summary>
/// Takes a train step's progress reports: rewrites <c>curves/STEP.csv</c> after each epoch and each validation within
/// one (keeping the rows of the epochs a resumed training does not train again), writes TensorBoard events when asked,
/// and passes every report on to the console's display.
/// </summary>
public sealed class TrainingRecorder : IProgress<TrainingProgress>, IDisposable
{
    /// <summary>Denoised validation images per validation written to TensorBoard.</summary>
    public const int TensorBoardImages = 4;

    private readonly string _curvesFile;
    private readonly string? _tensorBoardDirectory;
    private readonly IProgress<TrainingProgress>? _display;
    private readonly List<CurveRow> _rows;
    private TensorBoardEventFile? _events;
    private bool _replacedRetrainedRows;

    /// <param name="tensorBoard">Whether to write TensorBoard events under the run's tensorboard/STEP folder.</param>
    /// <param name="display">Shows the reports on the console; null when nothing is shown.</param>
    public TrainingRecorder(RunDirectory directory, string stepId, bool tensorBoard, IProgress<TrainingProgress>? display, ILogger logger)
    {
        _curvesFile = directory.CurvesFile(stepId);
        _tensorBoardDirectory = tensorBoard ? directory.TensorBoardDirectory(stepId) : null;
        _display = display;
        _rows = ReadEarlierRows(_curvesFile, logger);
    }

    public void Report(TrainingProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _display?.Report(value);
        if (!value.EpochEnded && value.Validation.Count == 0)
            return;
        // A resumed training trains again the epochs after its checkpoint: its first row replaces their earlier ones.
        if (!_replacedRetrainedRows)
            _rows.RemoveAll(row => row.Epoch >= value.Epoch);
        _replacedRetrainedRows = true;
        _rows.Add(new CurveRow(value.Epoch, value.Step, value.Seconds, value.Loss, value.LearningRate, value.Validation));
        CurvesCsv.Write(_curvesFile, _rows);
        if (_tensorBoardDirectory is not null)
            WriteEvents(value);
    }

    public void Dispose() => _events?.Dispose();

    private void WriteEvents(TrainingProgress value)
    {
        _events ??= new TensorBoardEventFile(_tensorBoardDirectory!);
        var time = DateTimeOffset.UtcNow;
        if (value.Loss is double loss)
            _events.AddScalar("train/loss", loss, value.Step, time);
        if (value.LearningRate is double learningRate)
            _events.AddScalar("train/learning_rate", learningRate, value.Step, time);
        foreach (var (metric, score) in value.Validation)
            _events.AddScalar($"validation/{metric}", score, value.Step, time);
        foreach (var image in value.ValidationImages.Take(TensorBoardImages))
            _events.AddImage($"validation/denoised/{image.Id}", image, value.Step, time);
        _events.Flush();
    }

    private static List<CurveRow> ReadEarlierRows(string path, ILogger logger)
    {
        if (!File.Exists(path))
            return [];
        try
        {
            return CurvesCsv.Read(path);
        }
        catch (Exception e) when (e is InvalidDataException or FormatException or OverflowException)
        {
            logger.LogWarning("Starting {Path} afresh: {Message}", path, e.Message);
            return [];
        }
    }
}

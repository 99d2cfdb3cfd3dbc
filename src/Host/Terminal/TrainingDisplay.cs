using System.Globalization;
using Denoising.Abstractions;
using Spectre.Console;

namespace Denoising.Host.Terminal;

/// <summary>
/// Shows a training on a live terminal: one bar for the whole training (epochs, loss, validation, time left) and one
/// for the epoch in progress (batches, time left). On a plain console it shows nothing; the log lines tell the epochs.
/// </summary>
public sealed class TrainingDisplay(TerminalConsole terminal)
{
    /// <summary>Runs <paramref name="train"/>, giving it where to report; null on a plain console.</summary>
    public T Show<T>(string stepId, Func<IProgress<TrainingProgress>?, T> train)
    {
        ArgumentNullException.ThrowIfNull(train);
        if (terminal.Console is not { } console)
            return train(null);
        return new Progress(console)
            .AutoClear(true)
            .HideCompleted(true)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(),
                new RemainingTimeColumn())
            .Start(context => train(new Bars(context, stepId)));
    }

    /// <summary>The two bars, updated from the training thread (Spectre's tasks are thread-safe).</summary>
    private sealed class Bars(ProgressContext context, string stepId) : IProgress<TrainingProgress>
    {
        private ProgressTask? _training;
        private ProgressTask? _epoch;
        private int _firstEpoch;
        private int _epochShown;
        private string _last = "";
        private double? _lastLoss;

        public void Report(TrainingProgress value)
        {
            if (_training is null)
            {
                // A resumed training starts at a later epoch: the bar (and its time left) covers the epochs to train.
                _firstEpoch = value.Epoch;
                _training = context.AddTask(Markup.Escape(stepId), maxValue: value.TotalEpochs - value.Epoch + 1);
            }
            if (value.Epoch != _epochShown)
            {
                _epoch?.Value(_epoch.MaxValue);
                _epoch = context.AddTask(Markup.Escape($"  epoch {value.Epoch}/{value.TotalEpochs}"), maxValue: value.Batches);
                _epochShown = value.Epoch;
            }
            _epoch!.Value(value.Batch);
            _training.Value(value.Epoch - _firstEpoch + (double)value.Batch / value.Batches);
            // A validation within an epoch (validate_every) shows beside the last epoch's loss.
            if (value.EpochEnded || value.Validation.Count > 0)
                _last = Summary(value.Loss ?? _lastLoss, value.Validation);
            _lastLoss = value.Loss ?? _lastLoss;
            _training.Description(Markup.Escape($"{stepId} epoch {value.Epoch}/{value.TotalEpochs}{_last}"));
        }

        private static string Summary(double? loss, IReadOnlyDictionary<string, double> validation)
        {
            var text = loss is double value ? $", loss {value.ToString("F6", CultureInfo.InvariantCulture)}" : "";
            foreach (var (metric, score) in validation)
                text += $", validation {metric} {score.ToString("F2", CultureInfo.InvariantCulture)}";
            return text;
        }
    }
}

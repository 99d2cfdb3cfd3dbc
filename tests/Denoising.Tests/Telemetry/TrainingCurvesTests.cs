using System.Globalization;
using System.Text.Json;
using Denoising.Host.Experiments;
using Denoising.Host.Output;
using Denoising.Host.Running;
using Denoising.Tests.Host;
using Denoising.Tests.Output;
using Microsoft.Extensions.DependencyInjection;

namespace Denoising.Tests.Telemetry;

/// <summary>A tiny real training through the host: its curves CSV, run.json's link to it, resume, TensorBoard.</summary>
public sealed class TrainingCurvesTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly IServiceProvider _services = HostFixture.WithInTreePlugins();

    [Fact]
    public void Each_epoch_is_a_row_of_the_steps_curves_and_run_json_names_the_file()
    {
        var directory = Run(epochs: 4);

        var records = CsvTestReader.Read(directory.CurvesFile("model"));
        Assert.Equal(["epoch", "step", "seconds", "loss", "learning_rate", "validation_psnr"], records[0]);
        var rows = records.Skip(1).ToList();
        Assert.Equal(["1", "2", "3", "4"], rows.Select(row => row[0]));
        // 36 training images in batches of 12.
        Assert.Equal(["3", "6", "9", "12"], rows.Select(row => row[1]));
        var losses = rows.Select(row => Number(row[3])).ToList();
        Assert.All(losses, loss => Assert.InRange(loss, 1e-5, 0.5));
        Assert.True(losses[^1] < losses[0], $"loss went from {losses[0]} to {losses[^1]}");
        Assert.All(rows, row => Assert.Equal(0.003, Number(row[4])));
        Assert.All(rows, row => Assert.InRange(Number(row[5]), 5, 60));
        Assert.True(rows.Select(row => Number(row[2])).Zip(rows.Skip(1).Select(row => Number(row[2]))).All(pair => pair.Second >= pair.First));

        using var status = JsonDocument.Parse(File.ReadAllText(directory.StatusFile));
        var train = status.RootElement.GetProperty("steps").EnumerateArray().Single(step => step.GetProperty("id").GetString() == "model");
        Assert.Equal("curves/model.csv", train.GetProperty("curves").GetString());
        var evaluate = status.RootElement.GetProperty("steps").EnumerateArray().Single(step => step.GetProperty("id").GetString() == "scores");
        Assert.False(evaluate.TryGetProperty("curves", out _));
    }

    [Fact]
    public void Validate_every_adds_a_row_per_validation_within_epochs_on_the_first_validate_count_pairs()
    {
        // 36 images in batches of 12: 3 steps an epoch, 12 in all; a validation after every second step.
        var directory = Run(epochs: 4, tensorBoard: true, "steps.model.training.validate_every=2", "steps.model.validate_count=1");

        var rows = CurvesCsv.Read(directory.CurvesFile("model"));
        var validated = rows.Where(row => row.Validation.ContainsKey("psnr")).ToList();
        Assert.Equal(12 / 2, validated.Count);
        Assert.Equal([2L, 4L, 6L, 8L, 10L, 12L], validated.Select(row => row.Step));
        Assert.Equal([2L, 3L, 4L, 6L, 8L, 9L, 10L, 12L], rows.Select(row => row.Step));
        Assert.Equal([1, 1, 2, 2, 3, 3, 4, 4], rows.Select(row => row.Epoch));
        Assert.Equal([3L, 6L, 9L, 12L], rows.Where(row => row.Loss is not null).Select(row => row.Step));
        var events = TensorBoardEvents.ReadAll(directory.TensorBoardDirectory("model"));
        var images = events.Where(e => e.Summary is not null).SelectMany(e => e.Summary.Value).Count(v => v.Image is not null);
        Assert.Equal(validated.Count, images); // one denoised image per validation: validate_count 1
    }

    [Fact]
    public void A_resumed_run_keeps_the_rows_of_the_epochs_it_does_not_train_again()
    {
        var directory = Run(epochs: 2);
        var before = File.ReadAllLines(directory.CurvesFile("model"));
        // A row that the interrupted run wrote after its last checkpoint: the resumed training replaces it.
        File.AppendAllText(directory.CurvesFile("model"), "3,9,99.000,0.9,0.003,1\n");

        Run(epochs: 4);

        var after = File.ReadAllLines(directory.CurvesFile("model"));
        Assert.Equal(5, after.Length);
        Assert.Equal(before, after.Take(3));
        Assert.Equal(["3", "4"], after.Skip(3).Select(line => line.Split(',')[0]));
        Assert.DoesNotContain("0.9,", after[3], StringComparison.Ordinal);
    }

    [Fact]
    public void TensorBoard_events_hold_the_loss_learning_rate_validation_and_denoised_images_of_each_epoch()
    {
        var directory = Run(epochs: 3, tensorBoard: true);

        var events = TensorBoardEvents.ReadAll(directory.TensorBoardDirectory("model"));
        Assert.Equal("brain.Event:2", events[0].FileVersion);
        var scalars = TensorBoardEvents.Scalars(events);
        var curves = CurvesCsv.Read(directory.CurvesFile("model"));
        Assert.Equal(curves.Select(row => (row.Step, (float)row.Loss!.Value)), scalars["train/loss"]);
        Assert.Equal(curves.Select(row => (row.Step, (float)row.Validation["psnr"])), scalars["validation/psnr"]);
        Assert.Equal(curves.Select(_ => 0.003f), scalars["train/learning_rate"].Select(point => point.Value));
        var images = events.Where(e => e.Summary is not null).SelectMany(e => e.Summary.Value).Where(v => v.Image is not null).ToList();
        Assert.Equal(3 * 4, images.Count);
        Assert.All(images, image =>
        {
            Assert.StartsWith("validation/denoised/", image.Tag, StringComparison.Ordinal);
            Assert.Equal((16, 16), (image.Image.Height, image.Image.Width));
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], image.Image.EncodedImageString.Take(4));
        });
    }

    [Fact]
    public void Without_tensorboard_no_event_files_are_written()
    {
        var directory = Run(epochs: 1);

        Assert.False(Directory.Exists(Path.Combine(directory.Path, "tensorboard")));
    }

    public void Dispose() => _temp.Dispose();

    private RunDirectory Run(int epochs, bool tensorBoard = false, params string[] settings)
    {
        var config = _temp.File("tiny.yaml", TrainedRun.Config);
        string[] overrides =
        [
            $"steps.model.training.epochs={epochs}", "steps.model.training.loss=mse", "steps.model.validate_on=noisy",
            $"tensorboard={(tensorBoard ? "true" : "false")}", .. settings,
        ];
        var experiment = _services.GetRequiredService<ExperimentLoader>().Load(config, overrides, []);
        var directory = new RunDirectory(Path.Combine(_temp.Path, "run"));
        _services.GetRequiredService<ExperimentRunner>().Run(experiment, directory, CancellationToken.None);
        return directory;
    }

    private static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}

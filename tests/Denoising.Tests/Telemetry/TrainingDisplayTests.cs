using Denoising.Abstractions;
using Denoising.Host.Terminal;
using Spectre.Console;

namespace Denoising.Tests.Telemetry;

public sealed class TrainingDisplayTests
{
    [Fact]
    public void A_plain_console_shows_nothing_and_trains_without_a_listener()
    {
        var display = new TrainingDisplay(TerminalConsole.Plain);

        var listener = display.Show("model", progress => progress);

        Assert.Null(listener);
    }

    [Fact]
    public void A_live_terminal_draws_the_epoch_the_batch_and_the_last_loss_and_validation()
    {
        var (display, screen) = LiveDisplay();

        display.Show("model", progress =>
        {
            progress!.Report(Report(epoch: 1, batch: 2));
            progress.Report(Report(epoch: 1, batch: 4) with
            {
                EpochEnded = true,
                Loss = 0.0123456,
                Validation = new Dictionary<string, double> { ["psnr"] = 21.5 },
            });
            progress.Report(Report(epoch: 2, batch: 1));
            return 0;
        });

        var text = screen.ToString();
        Assert.Contains("model epoch 2/3, loss 0.012346, validation psnr 21.50", text, StringComparison.Ordinal);
        // The bar of the epoch in progress, under the training's.
        Assert.Matches(@"(?m)^ *epoch 2/3 ", text);
    }

    [Fact]
    public void A_validation_within_an_epoch_shows_beside_the_last_epochs_loss()
    {
        var (display, screen) = LiveDisplay();

        display.Show("model", progress =>
        {
            progress!.Report(Report(epoch: 1, batch: 4) with { EpochEnded = true, Loss = 0.0123456 });
            progress.Report(Report(epoch: 2, batch: 2) with { Validation = new Dictionary<string, double> { ["psnr"] = 22.25 } });
            progress.Report(Report(epoch: 2, batch: 3));
            return 0;
        });

        Assert.Contains("model epoch 2/3, loss 0.012346, validation psnr 22.25", screen.ToString(), StringComparison.Ordinal);
    }

    private static (TrainingDisplay Display, StringWriter Screen) LiveDisplay()
    {
        var screen = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Yes,
            Interactive = InteractionSupport.Yes,
            Out = new AnsiConsoleOutput(screen),
        });
        return (new TrainingDisplay(TerminalConsole.Live(console)), screen);
    }

    private static TrainingProgress Report(int epoch, int batch) => new()
    {
        Epoch = epoch,
        TotalEpochs = 3,
        Batch = batch,
        Batches = 4,
        Step = (epoch - 1) * 4 + batch,
        Seconds = epoch,
    };
}

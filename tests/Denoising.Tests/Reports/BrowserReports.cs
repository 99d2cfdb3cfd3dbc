using Denoising.Host.Reports;

namespace Denoising.Tests.Reports;

/// <summary>
/// The two reports a user opens, made as a user makes them with the built <c>denoise</c>: a quickstart-like run (the
/// tiny <see cref="TrainedRun"/> experiment, validated on its noisy images) and a
/// train-noise x test-noise sweep like configs/seed-cross-noise.yaml, both tiny, plus a point that fails. The curves are
/// the ones the training wrote; <c>denoise report</c> then rewrites both reports, as a user would.
/// </summary>
public sealed class BrowserReports : IDisposable
{
    public const string CrossNoiseSweep = """
        name: cross-noise-tiny
        seed: 1
        threads: 1
        datasets:
          faces:
            source: { type: synthetic, count: 24, height: 16, width: 16, seed: 4 }
            test_fraction: 0.25
        steps:
          - id: model
            kind: train
            input: faces.train
            noise: { type: gaussian, sigma: 0.3 }
            denoiser: { type: dense-ae }
            training: { epochs: 2, batch_size: 6, learning_rate: 0.003 }
            validate_on: noisy-g01
          - { id: noisy-g01, kind: noise, input: faces.test, noise: { type: gaussian, sigma: 0.1 } }
          - { id: noisy-sp02, kind: noise, input: faces.test, noise: { type: salt-and-pepper, amount: 0.2 } }
          - { id: denoised-g01, kind: denoise, model: model, input: noisy-g01 }
          - { id: denoised-sp02, kind: denoise, model: model, input: noisy-sp02 }
          - { id: eval, kind: evaluate, reference: faces.test, inputs: [noisy-g01, denoised-g01, noisy-sp02, denoised-sp02] }
        sweep:
          grid:
            # identity needs no training: its points fail, and the report lists them with their error.
            steps.model.denoiser: [{ type: dense-ae }, { type: conv-ae, channels: [4, 4] }, { type: identity }]
            steps.model.noise: [{ type: gaussian, sigma: 0.1 }, { type: salt-and-pepper, amount: 0.2 }]
          labels: { steps.model.denoiser: arch, steps.model.noise: train }
          report:
            heatmaps:
              - { rows: train, columns: input, inputs: [denoised-*], metric: psnr, step: eval, split_by: arch, title: "PSNR (dB), train noise x test noise" }
              - { rows: train, columns: input, inputs: [denoised-*], metric: ssim, step: eval, split_by: arch, decimals: 3, title: "SSIM, train noise x test noise" }
        """;

    private readonly TempDirectory _temp = new();

    public BrowserReports()
    {
        RunDirectory = _temp.PathOf("run");
        Check(DenoiseCli.Run("run", _temp.File("run.yaml", TrainedRun.Config), "--set", "steps.model.validate_on=noisy", "--out", RunDirectory), "run");
        Check(DenoiseCli.Run("report", RunDirectory), "report of the run");

        SweepDirectory = _temp.PathOf("sweep");
        DenoiseCli.Run("sweep", _temp.File("cross-noise.yaml", CrossNoiseSweep), "--out", SweepDirectory, "--parallel", "2");
        Check(DenoiseCli.Run("report", SweepDirectory), "report of the sweep");
    }

    public string RunDirectory { get; }

    public string SweepDirectory { get; }

    public string RunReport => Path.Combine(RunDirectory, RunReporter.FileName);

    public string SweepReport => Path.Combine(SweepDirectory, SweepHtmlReport.FileName);

    public void Dispose() => _temp.Dispose();

    private static void Check((int ExitCode, string Output, string Errors) result, string what)
    {
        if (result.ExitCode != 0)
            throw new InvalidOperationException($"{what} exited with {result.ExitCode}: {result.Output}{result.Errors}");
    }
}

using System.ComponentModel.DataAnnotations;
using Denoising.Abstractions;
using Denoising.Host.Experiments;
using Denoising.Host.Plugins;
using Denoising.Host.Running;
using Denoising.Tests.Output;
using Denoising.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Denoising.Tests.Host;

/// <summary>A metric that a plugin adds is computed by an evaluate step that names it, next to the built-in ones.</summary>
public sealed class PluginMetricTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public sealed class ScaleOptions
    {
        [Range(0.0, 10.0)]
        public double Scale { get; set; } = 1;
    }

    /// <summary>The pixel count of the clean image, times a scale: a value the test can predict exactly.</summary>
    private sealed class PixelCount(double scale) : IMetric
    {
        public double Compute(Image clean, Image estimate) => scale * clean.Pixels.Length;
    }

    private sealed class PixelCountPlugin : IDenoisingPlugin
    {
        public void Register(IComponentRegistry registry) =>
            registry.Add<IMetric, ScaleOptions>("pixel-count", "Pixels of the clean image, scaled.", (options, _) => new PixelCount(options.Scale));
    }

    [Fact]
    public void An_evaluate_step_computes_a_plugins_metric_by_name_in_the_listed_order()
    {
        var services = HostFixture.WithInTreePlugins();
        services.GetRequiredService<PluginCatalog>().Registry.RegisterAll("Tests.PixelCount", new PixelCountPlugin().Register);
        var config = _temp.File("metric.yaml", """
            datasets:
              shapes: { source: { type: synthetic, count: 10, height: 8, width: 8, seed: 3 }, test_fraction: 0.5 }
            steps:
              - { id: noisy, kind: noise, input: shapes.test, noise: { type: gaussian, sigma: 0.1 } }
              - id: scores
                kind: evaluate
                reference: shapes.test
                inputs: [noisy]
                metrics: [{ type: pixel-count, scale: 0.5 }, psnr]
                grid: { columns: 0 }
            """);
        var experiment = services.GetRequiredService<ExperimentLoader>().Load(config, [], []);
        var directory = new RunDirectory(Path.Combine(_temp.Path, "run"));

        var status = services.GetRequiredService<ExperimentRunner>().Run(experiment, directory, CancellationToken.None);

        Assert.Equal(RunStatus.Completed, status.State);
        var rows = CsvTestReader.Read(Path.Combine(directory.Path, "metrics.csv")).Skip(1).ToList();
        Assert.Equal(["pixel-count", "psnr"], rows.Select(row => row[2]));
        Assert.Equal("32", rows[0][3]);
        Assert.InRange(double.Parse(rows[1][3], System.Globalization.CultureInfo.InvariantCulture), 15, 30);
    }

    public void Dispose() => _temp.Dispose();
}

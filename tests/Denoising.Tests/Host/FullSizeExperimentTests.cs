using Denoising.Host.Experiments;
using Denoising.Host.Running;
using Denoising.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Denoising.Tests.Host;

/// <summary>Colour images of mixed sizes and orientations, end to end: patch training, tiled denoising, scoring, grid.</summary>
public sealed class FullSizeExperimentTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private const string Config = """
        name: full-size
        seed: 3
        threads: 2
        datasets:
          photos:
            source: { type: image-folder, path: photos, color: rgb, cache_mb: 1 }
            test_fraction: 0.25
        steps:
          - { id: noisy, kind: noise, input: photos.test, noise: { type: gaussian, sigma: 0.15 } }
          - id: model
            kind: train
            input: photos.train
            noise: { type: gaussian, sigma: 0.15 }
            patches: { size: 16, per_epoch: 512, augment: dihedral, images_at_once: 3 }
            denoiser: { type: dncnn, depth: 3, width: 12, batch_norm: false }
            training: { epochs: 4, batch_size: 32, learning_rate: 0.003, loss: mse }
            validate_on: noisy
          - { id: denoised, kind: denoise, model: model, input: noisy, tile_size: 48, tile_overlap: 16 }
          - { id: scores, kind: evaluate, reference: photos.test, inputs: [noisy, denoised], grid: { columns: 4, scale: 1, crop: 32 } }
        """;

    [Fact]
    public void Colour_images_of_mixed_sizes_train_on_patches_and_are_denoised_and_scored_at_full_size()
    {
        var random = new Random(1);
        for (var i = 0; i < 12; i++)
        {
            var (width, height) = (i % 3) switch { 0 => (60, 40), 1 => (40, 60), _ => (100, 36) };
            using var image = new Image<Rgb24>(width, height);
            var (r, g, b) = (random.NextDouble(), random.NextDouble(), random.NextDouble());
            for (var y = 0; y < height; y++)
                for (var x = 0; x < width; x++)
                    image[x, y] = new Rgb24((byte)(128 + 100 * Math.Sin(r * 0.3 * x)), (byte)(128 + 100 * Math.Cos(g * 0.2 * y)), (byte)(128 + 100 * Math.Sin(b * 0.1 * (x + y))));
            Directory.CreateDirectory(_temp.PathOf("photos"));
            image.SaveAsPng(_temp.PathOf($"photos/p{i:D2}.png"));
        }
        var services = HostFixture.WithInTreePlugins();
        var experiment = services.GetRequiredService<ExperimentLoader>().Load(_temp.File("full.yaml", Config), [], []);
        var directory = new RunDirectory(Path.Combine(_temp.Path, "run"));

        var status = services.GetRequiredService<ExperimentRunner>().Run(experiment, directory, CancellationToken.None);

        Assert.Equal(RunStatus.Completed, status.State);
        var perImage = File.ReadLines(Path.Combine(directory.Path, "metrics_per_image.csv")).Skip(1)
            .Select(line => line.Split(','))
            .Where(cells => cells.Contains("psnr"))
            .ToList();
        Assert.Equal(6, perImage.Count); // 3 test images x (noisy, denoised)
        var means = EndToEndTests.ReadMeans(directory.Path, "psnr");
        Assert.True(means["denoised"] > means["noisy"] + 1, $"denoised {means["denoised"]:F2} dB, noisy {means["noisy"]:F2} dB");
        using var grid = Image.Load<Rgb24>(directory.GridFile("scores"));
        Assert.True(grid.Height < 3 * 40, $"the grid is {grid.Width}x{grid.Height}");
    }
}

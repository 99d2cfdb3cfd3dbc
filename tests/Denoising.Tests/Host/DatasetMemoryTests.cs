using Denoising.Abstractions;
using Denoising.Host.Experiments;
using Denoising.Host.Plugins;
using Denoising.Host.Running;
using Denoising.Plugins.Datasets.ImageFolder;
using Microsoft.Extensions.DependencyInjection;

namespace Denoising.Tests.Host;

/// <summary>Datasets too large for memory are stopped before the allocation or named when it fails.</summary>
public sealed class DatasetMemoryTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private sealed class TooLarge : IDataset
    {
        public IReadOnlyList<Image> Load(CancellationToken cancellationToken) => throw new OutOfMemoryException();
    }

    private sealed class TooLargePlugin : IDenoisingPlugin
    {
        public void Register(IComponentRegistry registry) =>
            registry.AddDataset<NoOptions>("too-large", "Runs out of memory while loading.", (_, _) => new TooLarge());
    }

    [Fact]
    public void Running_out_of_memory_while_loading_names_the_dataset()
    {
        var services = HostFixture.WithInTreePlugins();
        services.GetRequiredService<PluginCatalog>().Registry.RegisterAll("Tests.TooLarge", new TooLargePlugin().Register);
        var config = _temp.File("big.yaml", """
            datasets:
              photos: { source: { type: too-large } }
            steps:
              - { id: noisy, kind: noise, input: photos.test, noise: { type: gaussian, sigma: 0.1 } }
            """);
        var experiment = services.GetRequiredService<ExperimentLoader>().Load(config, [], []);

        var error = Assert.Throws<InvalidOperationException>(() =>
            services.GetRequiredService<ExperimentRunner>().Run(experiment, new RunDirectory(Path.Combine(_temp.Path, "run")), CancellationToken.None));

        Assert.Contains("dataset photos (too-large) does not fit in memory", error.Message);
    }

    [Fact]
    public void A_resize_to_more_pixels_than_an_image_may_hold_is_an_invalid_option()
    {
        var options = new ImageFolderOptions { Path = "x", Resize = new ImageSize { Height = 16_384, Width = 16_384 } };
        var results = new List<System.ComponentModel.DataAnnotations.ValidationResult>();

        System.ComponentModel.DataAnnotations.Validator.TryValidateObject(options.Resize, new(options.Resize), results, validateAllProperties: true);

        Assert.Contains(results, r => r.ErrorMessage!.Contains("16384x16384 is 268435456 pixels", StringComparison.Ordinal));
    }
}

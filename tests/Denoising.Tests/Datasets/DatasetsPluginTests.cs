using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Denoising.Abstractions;
using Denoising.Host.Configuration;
using Denoising.Plugins.Datasets;
using Denoising.Plugins.Datasets.Idx;
using Denoising.Plugins.Datasets.ImageFolder;
using Denoising.Plugins.Datasets.Lfw;
using Denoising.Plugins.Datasets.Synthetic;
using Denoising.Tests.TestSupport;

namespace Denoising.Tests.Datasets;

public sealed class DatasetsPluginTests
{
    private static RegisteredComponents Registered() => RegisteredComponents.Of<DatasetsPlugin>();

    private static List<string> Errors(object options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results.Select(result => result.ErrorMessage ?? "").ToList();
    }

    [Fact]
    public void Registers_the_four_datasets_with_their_options()
    {
        var registry = Registered();

        Assert.Equal(
            new Dictionary<string, Type>
            {
                ["image-folder"] = typeof(ImageFolderOptions),
                ["lfw"] = typeof(LfwOptions),
                ["idx"] = typeof(IdxOptions),
                ["synthetic"] = typeof(SyntheticOptions),
            },
            registry.OptionsTypes(ComponentKind.Dataset));
        Assert.All(registry.Registry.All, entry => Assert.Equal(ComponentKind.Dataset, entry.Kind));
        Assert.All(registry.Registry.All, entry => Assert.False(string.IsNullOrWhiteSpace(entry.Description)));
    }

    [Fact]
    public void Every_option_is_described()
    {
        var optionTypes = Registered().Registry.All.Select(entry => entry.OptionsType).Append(typeof(ImageSize));

        Assert.All(optionTypes.SelectMany(type => type.GetProperties()), property =>
            Assert.NotNull(property.GetCustomAttribute<DescriptionAttribute>()));
    }

    [Fact]
    public void Registered_synthetic_factory_creates_a_working_dataset()
    {
        var dataset = Registered().Create<IDataset>("synthetic", new SyntheticOptions { Count = 3 });

        Assert.Equal(3, dataset.Load(CancellationToken.None).Count);
    }

    [Fact]
    public void Default_options_are_valid_once_path_is_given()
    {
        Assert.Empty(Errors(new SyntheticOptions()));
        Assert.Empty(Errors(new ImageFolderOptions { Path = "photos" }));
        Assert.Empty(Errors(new LfwOptions { Path = "lfw" }));
        Assert.Empty(Errors(new IdxOptions { Path = "train-images-idx3-ubyte.gz" }));
    }

    [Fact]
    public void Invalid_options_are_reported()
    {
        Assert.NotEmpty(Errors(new ImageFolderOptions()));
        Assert.NotEmpty(Errors(new ImageFolderOptions { Path = "p", Color = "blue" }));
        Assert.NotEmpty(Errors(new LfwOptions { Path = "p", Resize = 0 }));
        Assert.NotEmpty(Errors(new IdxOptions { Path = "p", Limit = -1 }));
        Assert.NotEmpty(Errors(new SyntheticOptions { Channels = 2 }));
        Assert.NotEmpty(Errors(new ImageSize { Height = 10 }));
    }

    [Fact]
    public void Crop_must_fit_inside_resize()
    {
        var options = new ImageFolderOptions
        {
            Path = "p",
            Resize = new ImageSize { Height = 32, Width = 32 },
            Crop = new ImageSize { Height = 40, Width = 16 },
        };

        Assert.Contains(Errors(options), error => error.Contains("crop 40x16"));
    }

    [Fact]
    public void Synthetic_set_too_large_for_memory_is_rejected()
    {
        var errors = Errors(new SyntheticOptions { Count = 10_000_000, Height = 256, Width = 256 });

        Assert.Contains(errors, error => error.Contains("at most"));
    }
}

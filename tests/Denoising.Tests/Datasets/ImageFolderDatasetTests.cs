using Denoising.Plugins.Datasets.ImageFolder;
using Denoising.Plugins.Datasets.Imaging;
using Microsoft.Extensions.Logging;
using SixLabors.ImageSharp.PixelFormats;
using Image = Denoising.Abstractions.Image;

namespace Denoising.Tests.Datasets;

public sealed class ImageFolderDatasetTests : IDisposable
{
    private static readonly Rgb24 Teal = new(30, 60, 90);
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    private IReadOnlyList<Image> Load(ImageFolderOptions options, FakeLogs? logs = null) =>
        new ImageFolderDataset(options, TestContexts.For(_folder.Path, loggerFactory: logs?.Factory)).Load(CancellationToken.None);

    private void WriteTree()
    {
        TestImageFiles.Solid(_folder.PathOf("photos/b.png"), 4, 4, Teal);
        TestImageFiles.Solid(_folder.PathOf("photos/A.jpg"), 4, 4, Teal);
        TestImageFiles.Solid(_folder.PathOf("photos/sub/c.bmp"), 4, 4, Teal);
        TestImageFiles.Solid(_folder.PathOf("photos/a_later.PNG"), 4, 4, Teal);
        File.WriteAllText(_folder.PathOf("photos/notes.txt"), "not an image");
    }

    [Fact]
    public void Loads_images_recursively_in_ordinal_order_of_their_relative_path()
    {
        WriteTree();

        var images = Load(new ImageFolderOptions { Path = "photos" });

        Assert.Equal(["A", "a_later", "b", "sub/c"], images.Select(image => image.Id));
    }

    [Fact]
    public void A_link_loop_is_read_once()
    {
        WriteTree();
        Directory.CreateSymbolicLink(_folder.PathOf("photos/sub/self"), ".");
        Directory.CreateSymbolicLink(_folder.PathOf("photos/up"), "..");

        var images = Load(new ImageFolderOptions { Path = "photos" });

        Assert.Equal(["A", "a_later", "b", "sub/c"], images.Select(image => image.Id));
    }

    [Fact]
    public void Links_out_of_the_folder_are_not_followed_unless_asked_and_a_warning_says_so()
    {
        WriteTree();
        var outside = TestImageFiles.Solid(_folder.PathOf("elsewhere/secret.png"), 4, 4, Teal);
        File.CreateSymbolicLink(_folder.PathOf("photos/secret.png"), outside);
        Directory.CreateSymbolicLink(_folder.PathOf("photos/more"), Path.GetDirectoryName(outside)!);
        using var logs = new FakeLogs();

        var images = Load(new ImageFolderOptions { Path = "photos" }, logs);
        var followed = Load(new ImageFolderOptions { Path = "photos", FollowLinksOutside = true });

        Assert.Equal(["A", "a_later", "b", "sub/c"], images.Select(image => image.Id));
        Assert.Contains(logs.Messages, m => m.Contains("2 links out of the folder not followed", StringComparison.Ordinal));
        Assert.Equal(["A", "a_later", "b", "more/secret", "sub/c"], followed.Select(image => image.Id));
    }

    [Fact]
    public void A_file_reached_by_two_names_is_one_image_so_it_cannot_land_on_both_sides_of_a_split()
    {
        WriteTree();
        File.CreateSymbolicLink(_folder.PathOf("photos/z_alias.png"), _folder.PathOf("photos/b.png"));

        var images = Load(new ImageFolderOptions { Path = "photos" });

        Assert.Equal(["A", "a_later", "b", "sub/c"], images.Select(image => image.Id));
    }

    [Fact]
    public void A_run_folder_inside_the_dataset_is_left_out()
    {
        WriteTree();
        TestImageFiles.Solid(_folder.PathOf("photos/run/grids/scores.png"), 4, 4, Teal);
        File.WriteAllText(_folder.PathOf("photos/run/run.json"), "{}");

        var images = Load(new ImageFolderOptions { Path = "photos" });

        Assert.Equal(["A", "a_later", "b", "sub/c"], images.Select(image => image.Id));
    }

    [Fact]
    public void Without_recursion_subfolders_are_ignored()
    {
        WriteTree();

        var images = Load(new ImageFolderOptions { Path = "photos", Recursive = false });

        Assert.Equal(["A", "a_later", "b"], images.Select(image => image.Id));
    }

    [Fact]
    public void Limit_keeps_the_first_images()
    {
        WriteTree();

        var images = Load(new ImageFolderOptions { Path = "photos", Limit = 2 });

        Assert.Equal(["A", "a_later"], images.Select(image => image.Id));
    }

    [Fact]
    public void Gray_is_the_mean_of_red_green_and_blue()
    {
        TestImageFiles.Solid(_folder.PathOf("one/pixel.png"), 2, 3, Teal);

        var image = Assert.Single(Load(new ImageFolderOptions { Path = "one" }));

        Assert.Equal((1, 3, 2), (image.Channels, image.Height, image.Width));
        Assert.All(image.Pixels, value => Assert.Equal((30 + 60 + 90) / 765f, value, 1e-6f));
    }

    [Fact]
    public void Rgb_keeps_three_planes_scaled_to_unit()
    {
        TestImageFiles.Solid(_folder.PathOf("one/pixel.png"), 2, 1, Teal);

        var image = Assert.Single(Load(new ImageFolderOptions { Path = "one", Color = ColorModes.Rgb }));

        Assert.Equal(3, image.Channels);
        Assert.Equal([30 / 255f, 30 / 255f, 60 / 255f, 60 / 255f, 90 / 255f, 90 / 255f], image.Pixels);
    }

    [Fact]
    public void Resizes_then_centre_crops()
    {
        TestImageFiles.Solid(_folder.PathOf("one/wide.png"), 40, 10, Teal);

        var resized = Assert.Single(Load(new ImageFolderOptions
        {
            Path = "one",
            Resize = new ImageSize { Height = 20, Width = 16 },
        }));
        var cropped = Assert.Single(Load(new ImageFolderOptions
        {
            Path = "one",
            Resize = new ImageSize { Height = 20, Width = 16 },
            Crop = new ImageSize { Height = 12, Width = 8 },
        }));

        Assert.Equal((20, 16), (resized.Height, resized.Width));
        Assert.Equal((12, 8), (cropped.Height, cropped.Width));
        Assert.All(cropped.Pixels, value => Assert.Equal(180 / 765f, value, 0.01f));
    }

    [Fact]
    public void Crop_larger_than_the_image_names_the_file()
    {
        var path = TestImageFiles.Solid(_folder.PathOf("one/small.png"), 6, 6, Teal);

        var error = Assert.Throws<InvalidDataException>(() =>
            Load(new ImageFolderOptions { Path = "one", Crop = new ImageSize { Height = 8, Width = 4 } }));

        Assert.Contains(path, error.Message);
    }

    [Fact]
    public void Missing_folder_is_reported_with_its_path()
    {
        var error = Assert.Throws<DirectoryNotFoundException>(() => Load(new ImageFolderOptions { Path = "absent" }));

        Assert.Contains(Path.Combine(_folder.Path, "absent"), error.Message);
    }

    [Fact]
    public void Folder_without_images_is_reported_with_its_path()
    {
        File.WriteAllText(_folder.PathOf("texts/readme.txt"), "no images here");

        var error = Assert.Throws<InvalidDataException>(() => Load(new ImageFolderOptions { Path = "texts" }));

        Assert.Contains(Path.Combine(_folder.Path, "texts"), error.Message);
    }

    [Fact]
    public void Two_files_with_the_same_id_are_rejected()
    {
        TestImageFiles.Solid(_folder.PathOf("twins/face.png"), 2, 2, Teal);
        TestImageFiles.Solid(_folder.PathOf("twins/face.jpg"), 2, 2, Teal);

        var error = Assert.Throws<InvalidDataException>(() => Load(new ImageFolderOptions { Path = "twins" }));

        Assert.Contains("'face'", error.Message);
    }

    [Fact]
    public void Corrupt_image_fails_naming_the_first_corrupt_file()
    {
        WriteTree();
        var corrupt = _folder.PathOf("photos/b2.png");
        File.WriteAllText(corrupt, "not a png");
        File.WriteAllText(_folder.PathOf("photos/z.png"), "not a png either");

        // The plugin compiles its own internal copy of the linked decoder (src/Common), so the test sees its base type.
        var error = Assert.ThrowsAny<IOException>(() => Load(new ImageFolderOptions { Path = "photos" }));

        Assert.Equal(nameof(ImageDecodingException), error.GetType().Name);
        Assert.StartsWith($"Cannot read image '{corrupt}': ", error.Message);
    }

    [Fact]
    public void Skip_unreadable_leaves_corrupt_files_out_with_a_warning()
    {
        WriteTree();
        var corrupt = _folder.PathOf("photos/b2.png");
        File.WriteAllText(corrupt, "not a png");
        using var logs = new FakeLogs();

        var images = Load(new ImageFolderOptions { Path = "photos", SkipUnreadable = true }, logs);

        Assert.Equal(["A", "a_later", "b", "sub/c"], images.Select(image => image.Id));
        var warning = Assert.Single(logs.Collector.GetSnapshot(), record => record.Level == LogLevel.Warning);
        Assert.Contains(corrupt, warning.Message);
    }

    [Fact]
    public void Cancelled_token_stops_loading()
    {
        WriteTree();
        var dataset = new ImageFolderDataset(new ImageFolderOptions { Path = "photos" }, TestContexts.For(_folder.Path));

        Assert.ThrowsAny<OperationCanceledException>(() => dataset.Load(new CancellationToken(canceled: true)));
    }
}

using Denoising.Plugins.Datasets.Imaging;
using Denoising.Plugins.Datasets.Lfw;
using SixLabors.ImageSharp;
using Image = Denoising.Abstractions.Image;

namespace Denoising.Tests.Datasets;

public sealed class LfwDatasetTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public LfwDatasetTests()
    {
        // White exactly where scikit-learn crops (rows 70:195, columns 78:172), black around it.
        var face = Rectangle.FromLTRB(78, 70, 172, 195);
        foreach (var photo in new[] { "Ann_Lee/Ann_Lee_0002", "Ann_Lee/Ann_Lee_0001", "Ann_Lee/Ann_Lee_0003",
                     "Bo_Ek/Bo_Ek_0001", "Cy_Ma/Cy_Ma_0001", "Cy_Ma/Cy_Ma_0002" })
            TestImageFiles.BlackWithWhiteRectangle(_folder.PathOf($"lfw/{photo}.jpg"), 250, 250, face);
        File.WriteAllText(_folder.PathOf("lfw/SOURCES.md"), "where the photos come from");
    }

    public void Dispose() => _folder.Dispose();

    private IReadOnlyList<Image> Load(LfwOptions options) =>
        new LfwDataset(options, TestContexts.For(_folder.Path)).Load(CancellationToken.None);

    [Fact]
    public void Loads_every_person_in_order_with_scikit_learn_default_size()
    {
        var faces = Load(new LfwOptions { Path = "lfw" });

        Assert.Equal(
            ["Ann_Lee/Ann_Lee_0001", "Ann_Lee/Ann_Lee_0002", "Ann_Lee/Ann_Lee_0003", "Bo_Ek/Bo_Ek_0001",
             "Cy_Ma/Cy_Ma_0001", "Cy_Ma/Cy_Ma_0002"],
            faces.Select(face => face.Id));
        Assert.All(faces, face => Assert.Equal((1, 50, 37), (face.Channels, face.Height, face.Width)));
    }

    [Fact]
    public void Skip_unreadable_leaves_a_corrupt_photo_out_and_without_it_the_photo_is_an_error()
    {
        var corrupt = _folder.PathOf("lfw/Bo_Ek/Bo_Ek_0002.jpg");
        File.WriteAllText(corrupt, "not a jpeg");

        var faces = Load(new LfwOptions { Path = "lfw", SkipUnreadable = true });
        var error = Assert.ThrowsAny<Exception>(() => Load(new LfwOptions { Path = "lfw" }));

        Assert.Equal(6, faces.Count);
        Assert.DoesNotContain("Bo_Ek/Bo_Ek_0002", faces.Select(face => face.Id));
        Assert.Contains(corrupt, error.Message);
    }

    [Fact]
    public void Crops_exactly_the_face_region()
    {
        var faces = Load(new LfwOptions { Path = "lfw", Resize = 1.0, Limit = 1 });

        var face = Assert.Single(faces);
        Assert.Equal((125, 94), (face.Height, face.Width));
        // One pixel off in any direction would bring in black pixels (0).
        Assert.All(face.Pixels, value => Assert.InRange(value, 0.9f, 1f));
    }

    [Theory]
    [InlineData(0.5, 62, 47)]
    [InlineData(0.25, 31, 23)]
    public void Resize_factor_truncates_like_scikit_learn(double factor, int height, int width)
    {
        var face = Load(new LfwOptions { Path = "lfw", Resize = factor, Limit = 1 })[0];

        Assert.Equal((height, width), (face.Height, face.Width));
    }

    [Fact]
    public void Min_faces_per_person_keeps_only_people_with_enough_photos()
    {
        var faces = Load(new LfwOptions { Path = "lfw", MinFacesPerPerson = 2 });

        Assert.Equal(5, faces.Count);
        Assert.DoesNotContain(faces, face => face.Id.StartsWith("Bo_Ek/", StringComparison.Ordinal));
    }

    [Fact]
    public void Rgb_gives_three_channels()
    {
        var face = Load(new LfwOptions { Path = "lfw", Color = ColorModes.Rgb, Limit = 1 })[0];

        Assert.Equal((3, 50, 37), (face.Channels, face.Height, face.Width));
    }

    [Fact]
    public void Min_faces_above_everyone_is_a_clear_error()
    {
        var error = Assert.Throws<InvalidDataException>(() => Load(new LfwOptions { Path = "lfw", MinFacesPerPerson = 4 }));

        Assert.Contains("min_faces_per_person = 4", error.Message);
        Assert.Contains("most anyone has is 3", error.Message);
    }

    [Fact]
    public void Missing_folder_is_reported_with_its_path()
    {
        var error = Assert.Throws<DirectoryNotFoundException>(() => Load(new LfwOptions { Path = "nowhere" }));

        Assert.Contains(Path.Combine(_folder.Path, "nowhere"), error.Message);
    }

    [Fact]
    public void Photo_too_small_for_the_crop_names_the_file()
    {
        var small = TestImageFiles.Solid(_folder.PathOf("lfw/Ann_Lee/Ann_Lee_0000.jpg"), 100, 100, default);

        var error = Assert.Throws<InvalidDataException>(() => Load(new LfwOptions { Path = "lfw" }));

        Assert.Contains(small, error.Message);
    }
}

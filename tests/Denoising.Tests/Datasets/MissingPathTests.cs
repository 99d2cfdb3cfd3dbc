using Denoising.Plugins.Datasets.Idx;
using Denoising.Plugins.Datasets.ImageFolder;
using Denoising.Plugins.Datasets.Lfw;

namespace Denoising.Tests.Datasets;

/// <summary>A path that does not exist fails when the dataset is created, before any step of a run.</summary>
public sealed class MissingPathTests
{
    private static readonly Denoising.Abstractions.ComponentContext Context = TestContexts.For(Path.GetTempPath());

    [Fact]
    public void Image_folder_lfw_and_idx_refuse_a_missing_path_at_creation()
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-such-" + Guid.NewGuid().ToString("N"));

        var folder = Assert.Throws<DirectoryNotFoundException>(() => new ImageFolderDataset(new ImageFolderOptions { Path = missing }, Context));
        var lfw = Assert.Throws<DirectoryNotFoundException>(() => new LfwDataset(new LfwOptions { Path = missing }, Context));
        var idx = Assert.Throws<FileNotFoundException>(() => new IdxDataset(new IdxOptions { Path = missing }, Context));

        Assert.All(new Exception[] { folder, lfw, idx }, e => Assert.Contains(missing, e.Message));
        Assert.Contains("<Person>/<Person>_0001.jpg", lfw.Message);
    }

    [Fact]
    public void A_file_given_as_a_folder_or_a_folder_as_a_file_is_named_as_such()
    {
        using var temp = new TempDirectory();
        var file = temp.File("not-a-folder.txt", "x");

        var folder = Assert.Throws<DirectoryNotFoundException>(() => new ImageFolderDataset(new ImageFolderOptions { Path = file }, Context));
        var device = Assert.Throws<DirectoryNotFoundException>(() => new LfwDataset(new LfwOptions { Path = "/dev/zero" }, Context));
        var idx = Assert.Throws<FileNotFoundException>(() => new IdxDataset(new IdxOptions { Path = temp.Path }, Context));

        Assert.Contains($"'{file}' is a file, not a folder", folder.Message);
        Assert.Contains("'/dev/zero' is a file, not a folder", device.Message);
        Assert.Contains($"'{temp.Path}' is a folder, not a file", idx.Message);
    }
}

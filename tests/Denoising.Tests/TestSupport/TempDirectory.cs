namespace Denoising.Tests.TestSupport;

/// <summary>A fresh folder of this user's (mode 0700) under the system temp folder, deleted when the test ends.</summary>
public sealed class TempDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("denoising-tests-").FullName;

    /// <summary>Absolute path of <paramref name="relative"/>, its folder created.</summary>
    public string PathOf(string relative)
    {
        var path = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        return path;
    }

    /// <summary>Writes <paramref name="contents"/> to <paramref name="relative"/> and returns its absolute path.</summary>
    public string File(string relative, string contents)
    {
        var path = PathOf(relative);
        System.IO.File.WriteAllText(path, contents);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A test host still holding a file must not fail the test.
        }
    }
}

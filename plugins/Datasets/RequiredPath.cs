namespace Denoising.Plugins.Datasets;

/// <summary>Checks, when a dataset is created, that its path exists, so a typo fails before any step runs.</summary>
internal static class RequiredPath
{
    public static string Folder(string path, string expected)
    {
        if (System.IO.File.Exists(path))
            throw new DirectoryNotFoundException($"'{path}' is a file, not a folder; expected {expected}.");
        if (!Directory.Exists(path))
            throw new DirectoryNotFoundException($"folder '{path}' does not exist; expected {expected}.");
        return path;
    }

    public static string File(string path, string expected)
    {
        if (Directory.Exists(path))
            throw new FileNotFoundException($"'{path}' is a folder, not a file; expected {expected}.", path);
        if (!System.IO.File.Exists(path))
            throw new FileNotFoundException($"file '{path}' does not exist; expected {expected}.", path);
        return path;
    }
}

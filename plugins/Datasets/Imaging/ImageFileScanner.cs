namespace Denoising.Plugins.Datasets.Imaging;

/// <summary>Finds the image files of a folder in a platform-independent, deterministic order.</summary>
public static class ImageFileScanner
{
    public static IReadOnlyList<string> Extensions { get; } = [".png", ".jpg", ".jpeg", ".bmp"];

    public static bool IsImageFile(string path) =>
        Extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The PNG, JPEG and BMP files under <paramref name="folder"/>, sorted ordinally by their relative path
    /// written with '/'; each id is that relative path without its extension.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="InvalidDataException">It holds no image, or two files would get the same id.</exception>
    public static IReadOnlyList<ImageFile> Scan(string folder, bool recursive)
    {
        if (!Directory.Exists(folder))
            throw new DirectoryNotFoundException($"Image folder '{folder}' does not exist.");

        var enumeration = new EnumerationOptions { RecurseSubdirectories = recursive, IgnoreInaccessible = false };
        var files = Directory.EnumerateFiles(folder, "*", enumeration)
            .Where(IsImageFile)
            .Select(path => (Relative: Path.GetRelativePath(folder, path).Replace('\\', '/'), Path: path))
            .OrderBy(file => file.Relative, StringComparer.Ordinal)
            .Select(file => new ImageFile(Path.ChangeExtension(file.Relative, null), file.Path))
            .ToList();

        if (files.Count == 0)
            throw new InvalidDataException(
                $"Image folder '{folder}' holds no {string.Join(", ", Extensions)} file" +
                (recursive ? " (subfolders included)." : " (subfolders not searched: set recursive: true)."));
        RejectDuplicateIds(files);
        return files;
    }

    private static void RejectDuplicateIds(List<ImageFile> files)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (!seen.TryAdd(file.Id, file.Path))
                throw new InvalidDataException(
                    $"Images '{seen[file.Id]}' and '{file.Path}' would both get the id '{file.Id}'; " +
                    "expected one image per name without extension.");
        }
    }
}

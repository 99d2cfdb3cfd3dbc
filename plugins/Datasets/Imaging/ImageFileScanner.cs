namespace Denoising.Plugins.Datasets.Imaging;

/// <summary>Finds the image files of a folder in a platform-independent, deterministic order.</summary>
public static class ImageFileScanner
{
    public static IReadOnlyList<string> Extensions { get; } = [".png", ".jpg", ".jpeg", ".bmp"];

    public static bool IsImageFile(string path) =>
        Extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The PNG, JPEG and BMP files under <paramref name="folder"/>, sorted ordinally by their relative path
    /// written with '/'; each id is that relative path without its extension. Links are resolved: one that leads out
    /// of the folder is not followed unless <paramref name="followLinksOutside"/>; a folder reached twice (a link
    /// loop such as <c>ln -s . self</c>) is read once; a file reached by two names counts once, under the first name
    /// in path order, so one file can never be both a training and a test image. Run and sweep folders of this
    /// framework inside it are left out.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="InvalidDataException">It holds no image, or two files would get the same id.</exception>
    public static ImageScan Scan(string folder, bool recursive, bool followLinksOutside = false)
    {
        if (!Directory.Exists(folder))
            throw new DirectoryNotFoundException($"Image folder '{folder}' does not exist.");
        var root = RealPaths.Of(folder) ?? throw new DirectoryNotFoundException($"Image folder '{folder}' does not exist.");

        var found = new List<(string Relative, string Path, string Real)>();
        var visitedFolders = new HashSet<string>(StringComparer.Ordinal) { root };
        var linksOutside = 0;
        var outputFolders = 0;
        var pending = new Stack<string>([folder]);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            var subfolders = new List<string>();
            foreach (var entry in Directory.EnumerateFileSystemEntries(current).Order(StringComparer.Ordinal))
            {
                if (RealPaths.Of(entry) is not { } real)
                    continue; // a broken link
                if (!followLinksOutside && !RealPaths.IsWithin(real, root))
                {
                    linksOutside++;
                    continue;
                }
                if (Directory.Exists(real))
                {
                    if (IsOutputFolder(real))
                        outputFolders++;
                    else if (recursive && visitedFolders.Add(real))
                        subfolders.Add(entry);
                }
                else if (IsImageFile(entry))
                {
                    found.Add((Path.GetRelativePath(folder, entry).Replace('\\', '/'), entry, real));
                }
            }
            for (var i = subfolders.Count - 1; i >= 0; i--)
                pending.Push(subfolders[i]);
        }

        var seenFiles = new HashSet<string>(StringComparer.Ordinal);
        var files = found
            .OrderBy(file => file.Relative, StringComparer.Ordinal)
            .Where(file => seenFiles.Add(file.Real))
            .Select(file => new ImageFile(Path.ChangeExtension(file.Relative, null), file.Path))
            .ToList();

        if (files.Count == 0)
            throw new InvalidDataException(
                $"Image folder '{folder}' holds no {string.Join(", ", Extensions)} file" +
                (recursive ? " (subfolders included" : " (subfolders not searched: set recursive: true") +
                (linksOutside > 0 ? $"; {linksOutside} links out of the folder not followed: set follow_links_outside: true)." : ")."));
        RejectDuplicateIds(files);
        return new ImageScan(files, linksOutside, found.Count - files.Count, outputFolders);
    }

    /// <summary>
    /// A run or sweep folder of this framework (it holds run.json or sweep.json): its grids are outputs, never data,
    /// even when a run was told to write inside the dataset's folder.
    /// </summary>
    private static bool IsOutputFolder(string folder) =>
        File.Exists(Path.Combine(folder, "run.json")) || File.Exists(Path.Combine(folder, "sweep.json"));

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

/// <summary>What a scan found, and what it passed over.</summary>
/// <param name="LinksOutside">Links leading out of the folder that were not followed.</param>
/// <param name="Duplicates">Further names of files already found (links to them).</param>
/// <param name="OutputFolders">Run or sweep folders of this framework inside the folder, left out.</param>
public sealed record ImageScan(IReadOnlyList<ImageFile> Files, int LinksOutside, int Duplicates, int OutputFolders);

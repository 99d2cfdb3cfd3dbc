using Denoising.Plugins.Datasets.Imaging;

namespace Denoising.Plugins.Datasets.Lfw;

/// <summary>Finds the photos of an LFW folder, one subfolder per person, in ordinal name order.</summary>
public static class LfwFolder
{
    /// <summary>
    /// The JPEG files of every person folder under <paramref name="root"/> that holds at least
    /// <paramref name="minFacesPerPerson"/> of them; files beside the person folders are ignored.
    /// Ids are <c>Person/Person_0001</c>. As for image folders (<see cref="ImageFileScanner"/>), links out of the
    /// root are not followed unless <paramref name="followLinksOutside"/>, and a file reached twice counts once.
    /// </summary>
    public static IReadOnlyList<ImageFile> Scan(string root, int minFacesPerPerson, bool followLinksOutside = false)
    {
        if (!Directory.Exists(root))
            throw new DirectoryNotFoundException(
                $"LFW folder '{root}' does not exist; expected a folder holding <Person>/<Person>_0001.jpg.");

        var realRoot = RealPaths.Of(root) ?? root;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        bool Keep(string path) =>
            RealPaths.Of(path) is { } real && (followLinksOutside || RealPaths.IsWithin(real, realRoot)) && seen.Add(real);

        var photos = new List<ImageFile>();
        int foldersWithPhotos = 0, mostPhotos = 0;
        foreach (var personFolder in Directory.EnumerateDirectories(root).Order(StringComparer.Ordinal).Where(Keep))
        {
            var person = Path.GetFileName(personFolder);
            var personPhotos = Directory.EnumerateFiles(personFolder)
                .Where(IsJpeg)
                .Order(StringComparer.Ordinal)
                .Where(Keep)
                .Select(path => new ImageFile($"{person}/{Path.GetFileNameWithoutExtension(path)}", path))
                .ToList();
            if (personPhotos.Count > 0)
                foldersWithPhotos++;
            mostPhotos = Math.Max(mostPhotos, personPhotos.Count);
            if (personPhotos.Count == 0 || personPhotos.Count < minFacesPerPerson)
                continue;
            photos.AddRange(personPhotos);
        }

        if (foldersWithPhotos == 0)
            throw new InvalidDataException(
                $"LFW folder '{root}' has no person folder with JPEG files; expected <Person>/<Person>_0001.jpg.");
        if (photos.Count == 0)
            throw new InvalidDataException(
                $"No person in LFW folder '{root}' has min_faces_per_person = {minFacesPerPerson} photos " +
                $"(the most anyone has is {mostPhotos}).");
        return photos;
    }

    private static bool IsJpeg(string path) =>
        Path.GetExtension(path) is { } extension &&
        (extension.Equals(".jpg", StringComparison.OrdinalIgnoreCase) ||
         extension.Equals(".jpeg", StringComparison.OrdinalIgnoreCase));
}

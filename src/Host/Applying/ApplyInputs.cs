namespace Denoising.Host.Applying;

/// <summary>The image files named by <c>apply</c>'s inputs: files as given, folders by their PNG, JPEG and BMP files.</summary>
public static class ApplyInputs
{
    private static readonly HashSet<string> Extensions = new(StringComparer.OrdinalIgnoreCase) { ".png", ".jpg", ".jpeg", ".bmp" };

    /// <exception cref="ArgumentException">An input does not exist, or two inputs would write the same output name.</exception>
    public static IReadOnlyList<string> Expand(IEnumerable<string> inputs)
    {
        var files = new List<string>();
        foreach (var input in inputs.Select(Path.GetFullPath))
        {
            if (File.Exists(input))
                files.Add(input);
            else if (Directory.Exists(input))
                files.AddRange(Directory.EnumerateFiles(input).Where(f => Extensions.Contains(Path.GetExtension(f))).Order(StringComparer.Ordinal));
            else
                throw new ArgumentException($"input '{input}' does not exist.");
        }
        if (files.GroupBy(Path.GetFileName).FirstOrDefault(g => g.Count() > 1) is { } clash)
            throw new ArgumentException($"inputs {string.Join(" and ", clash.Select(f => $"'{f}'"))} would both be written as '{clash.Key}'.");
        return files;
    }
}

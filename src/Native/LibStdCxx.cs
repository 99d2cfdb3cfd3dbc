namespace Denoising.Native;

/// <summary>Finds the process's libstdc++ and the symbol versions it provides.</summary>
internal static class LibStdCxx
{
    private static readonly string[] WellKnownPaths =
    [
        "/lib/x86_64-linux-gnu/libstdc++.so.6",
        "/usr/lib/x86_64-linux-gnu/libstdc++.so.6",
        "/lib/aarch64-linux-gnu/libstdc++.so.6",
        "/usr/lib/aarch64-linux-gnu/libstdc++.so.6",
        "/usr/lib64/libstdc++.so.6",
        "/usr/lib/libstdc++.so.6",
    ];

    /// <summary>Versions (GLIBCXX_*, CXXABI_*) defined by the libstdc++ file at <paramref name="path"/>.</summary>
    public static IReadOnlySet<string> ProvidedVersions(string path) =>
        ElfSymbolVersions.ReadDefinitions(ElfFile.Parse(File.ReadAllBytes(path), path));

    /// <summary>
    /// The libstdc++ the dynamic loader uses in this process: the mapped one when libtorch has pulled it in
    /// (read from /proc/self/maps), else the first well-known path that exists; null when none is found.
    /// </summary>
    public static string? Locate()
    {
        const string maps = "/proc/self/maps";
        if (File.Exists(maps))
        {
            foreach (var line in File.ReadLines(maps))
            {
                var pathStart = line.IndexOf('/');
                if (pathStart >= 0 && Path.GetFileName(line.AsSpan(pathStart)).StartsWith("libstdc++.so.6", StringComparison.Ordinal))
                    return line[pathStart..];
            }
        }
        return WellKnownPaths.FirstOrDefault(File.Exists);
    }
}

namespace Denoising.Native;

/// <summary>What to do about libstdc++ versions that a library needs and the system's libstdc++ lacks.</summary>
/// <param name="VersionsToWeaken">Missing versions known to be safe to mark weak.</param>
/// <param name="UnfixableVersions">Missing versions whose symbols are really used: loading cannot work.</param>
internal sealed record LibStdCxxPatchPlan(IReadOnlyList<string> VersionsToWeaken, IReadOnlyList<string> UnfixableVersions)
{
    public const string LibraryName = "libstdc++.so.6";

    /// <summary>
    /// GLIBCXX_3.4.32's only symbol, std::ios_base_library_init(), is referenced by GCC 13's &lt;iostream&gt; to pick a
    /// libstdc++ that initialises std::cout itself; nothing calls it, so an older libstdc++ serves the library.
    /// </summary>
    public static readonly IReadOnlySet<string> SafeToWeaken = new HashSet<string>(StringComparer.Ordinal) { "GLIBCXX_3.4.32" };

    public bool IsNeeded => VersionsToWeaken.Count > 0;

    public static LibStdCxxPatchPlan Create(IEnumerable<VersionRequirement> requirements, IReadOnlySet<string> providedVersions)
    {
        var missing = requirements
            .Where(r => r.LibraryName == LibraryName && !r.IsWeak && !providedVersions.Contains(r.VersionName))
            .Select(r => r.VersionName)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        return new LibStdCxxPatchPlan(
            missing.Where(SafeToWeaken.Contains).ToList(),
            missing.Where(v => !SafeToWeaken.Contains(v)).ToList());
    }
}

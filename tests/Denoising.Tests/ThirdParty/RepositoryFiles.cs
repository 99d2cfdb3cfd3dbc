using System.Xml.Linq;
using Denoising.Tests.TestSupport;

namespace Denoising.Tests.ThirdParty;

/// <summary>Values the repository's build files set.</summary>
internal static class RepositoryFiles
{
    /// <summary>The packages' version: Directory.Build.props &lt;Version&gt;.</summary>
    public static string PackageVersion => Property("Directory.Build.props", "Version");

    public static string CentralPackageVersion(string id) =>
        (string)Load("Directory.Packages.props").Descendants("PackageVersion").Single(e => (string?)e.Attribute("Include") == id).Attribute("Version")!;

    /// <summary>The one value of MSBuild property <paramref name="name"/> in <paramref name="relativePath"/>.</summary>
    public static string Property(string relativePath, string name) =>
        Load(relativePath).Descendants(name).Single().Value;

    public static XDocument Load(string relativePath) => XDocument.Load(Path.Combine(RepoPaths.Root, relativePath));
}

using System.Text.Json;
using Denoising.Tests.TestSupport;

namespace Denoising.Tests.ThirdParty;

/// <summary>The samples and the template build against the version `dotnet pack` writes unless told otherwise.</summary>
public sealed class DefaultPackageVersionTests
{
    [Fact]
    public void The_samples_default_to_the_version_the_repository_packs()
    {
        Assert.Equal(RepositoryFiles.PackageVersion, RepositoryFiles.Property("samples/Directory.Build.props", "DenoisingVersion"));
    }

    [Fact]
    public void The_template_defaults_to_the_version_the_repository_packs()
    {
        var template = Path.Combine(RepoPaths.Root, "templates", "denoiser-plugin", ".template.config", "template.json");
        using var json = JsonDocument.Parse(File.ReadAllText(template));

        var version = json.RootElement.GetProperty("symbols").GetProperty("denoisingVersion").GetProperty("defaultValue").GetString();

        Assert.Equal(RepositoryFiles.PackageVersion, version);
    }
}

using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;
using Denoising.Abstractions;

namespace Denoising.Tests.ThirdParty;

/// <summary>What `dotnet pack` of src/Abstractions and src/Torch produces.</summary>
[Collection(ThirdPartyCollection.Name)]
public sealed class PackageTests(ThirdPartyBuild build)
{
    [Fact]
    public void The_torch_package_depends_on_the_contracts_and_on_managed_TorchSharp_for_compiling_only()
    {
        var dependencies = Nuspec("Denoising.Torch").Descendants().Where(e => e.Name.LocalName == "dependency").ToList();

        Assert.Equal(["Denoising.Abstractions", "TorchSharp"], dependencies.Select(d => (string)d.Attribute("id")!).Order());
        var contracts = dependencies.Single(d => (string)d.Attribute("id")! == "Denoising.Abstractions");
        Assert.Equal(build.PackageVersion, (string)contracts.Attribute("version")!);
        var torchSharp = dependencies.Single(d => (string)d.Attribute("id")! == "TorchSharp");
        Assert.Equal(RepositoryFiles.CentralPackageVersion("TorchSharp"), (string)torchSharp.Attribute("version")!);
        var excluded = ((string)torchSharp.Attribute("exclude")!).Split(',');
        Assert.Superset(new HashSet<string> { "Runtime", "Native", "Build", "BuildTransitive" }, excluded.ToHashSet());
        Assert.DoesNotContain("Compile", excluded);
    }

    [Theory]
    [InlineData("Denoising.Abstractions")]
    [InlineData("Denoising.Torch")]
    public void Each_package_has_its_id_version_licence_and_readme(string id)
    {
        var metadata = Nuspec(id).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string Value(string name) => metadata.Elements().Single(e => e.Name.LocalName == name).Value;

        Assert.Equal(id, Value("id"));
        Assert.Equal(build.PackageVersion, Value("version"));
        Assert.Equal("MIT", Value("license"));
        Assert.Equal("README.md", Value("readme"));
        Assert.NotEmpty(Value("description"));
        Assert.NotEmpty(Value("authors"));
        using var package = OpenPackage(id);
        using var readme = new StreamReader(package.GetEntry("README.md")!.Open());
        Assert.StartsWith($"# {id}", readme.ReadToEnd());
    }

    [Fact]
    public void The_contracts_assembly_keeps_the_contract_major_as_its_version_whatever_the_package_version()
    {
        using var package = OpenPackage("Denoising.Abstractions");
        using var assembly = new MemoryStream();
        using (var entry = package.GetEntry("lib/net10.0/Denoising.Abstractions.dll")!.Open())
            entry.CopyTo(assembly);
        assembly.Position = 0;
        using var pe = new PEReader(assembly);

        Assert.Equal(new Version(ContractVersion.Major, 0, 0, 0), pe.GetMetadataReader().GetAssemblyDefinition().Version);
    }

    [Fact]
    public void The_contracts_package_carries_a_changelog_entry_for_its_contract_version()
    {
        using var package = OpenPackage("Denoising.Abstractions");
        using var changelog = new StreamReader(package.GetEntry("CHANGELOG.md")!.Open());

        Assert.Contains($"\n## {ContractVersion.Major}.0\n", changelog.ReadToEnd());
    }

    private ZipArchive OpenPackage(string id) =>
        ZipFile.OpenRead(Path.Combine(build.PackagesDirectory, $"{id}.{build.PackageVersion}.nupkg"));

    private XDocument Nuspec(string id)
    {
        using var package = OpenPackage(id);
        using var nuspec = package.GetEntry($"{id}.nuspec")!.Open();
        return XDocument.Load(nuspec);
    }
}

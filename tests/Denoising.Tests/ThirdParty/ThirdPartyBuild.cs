using Denoising.Tests.TestSupport;

namespace Denoising.Tests.ThirdParty;

/// <summary>
/// Once for the tests of <see cref="ThirdPartyCollection"/>: packs Denoising.Abstractions and Denoising.Torch from a
/// copy of the repository, makes two projects with the denoiser-plugin template, and builds them, the samples and the
/// fixture plugins against those packages, all in a temporary folder. The packages get a version of their own, so no
/// older package of the same version in the NuGet cache can stand in; the cache serves everything else, offline.
/// </summary>
public sealed class ThirdPartyBuild : IDisposable
{
    public const string ResidualSample = "Denoising.Samples.ResidualDenoiser";
    public const string MedianSample = "Denoising.Samples.MedianFilter";
    public const string ThrowingFixture = "Fixture.ThrowingPlugin";
    public const string DuplicateFixture = "Fixture.DuplicateMedian";
    public const string NeedsHelperFixture = "Fixture.NeedsHelper";
    public const string TrainableFromTemplate = "Acme.TinyNet";
    public const string ClassicalFromTemplate = "Acme.BoxFilter";

    private static readonly string[] CopiedPaths =
    [
        "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props", "global.json",
        "src/Abstractions", "src/Common", "src/Torch", "samples", "tests/ThirdPartyFixtures",
    ];

    private readonly Dictionary<string, string> _environment;

    public ThirdPartyBuild()
    {
        Root = Directory.CreateTempSubdirectory("denoising-third-party-").FullName;
        Repository = Path.Combine(Root, "repo");
        PackageVersion = $"0.0.0-test.t{Guid.NewGuid():N}";
        _environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(Root, "nuget") };
        try
        {
            foreach (var path in CopiedPaths)
                CopyWithoutBuildOutput(Path.Combine(RepoPaths.Root, path), Path.Combine(Repository, path));
            Pack();
            CreateFromTemplate();
            BuildPlugins();
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    /// <summary>The temporary folder holding everything.</summary>
    public string Root { get; }

    /// <summary>The copy of the repository (sources, samples, fixtures) the packages and samples were built from.</summary>
    public string Repository { get; }

    public string PackageVersion { get; }

    public string PackagesDirectory => Path.Combine(Repository, "artifacts", "packages");

    public string SampleConfig => Path.Combine(Repository, "samples", "configs", "dncnn-vs-median.yaml");

    public string TemplateProject(string name) => Path.Combine(Root, "new", name);

    /// <summary>The build output of plugin <paramref name="name"/>: bin/plugin/NAME/ of its project.</summary>
    public string PluginOutput(string name) =>
        Directory.EnumerateDirectories(Root, name, SearchOption.AllDirectories)
            .Single(d => Path.GetFileName(Path.GetDirectoryName(d)) == "plugin");

    /// <summary>Copies the built plugins into <paramref name="pluginsDirectory"/>/NAME/, as a user drops them in.</summary>
    public void CopyPlugins(string pluginsDirectory, params string[] names)
    {
        foreach (var name in names)
            CopyWithoutBuildOutput(PluginOutput(name), Path.Combine(pluginsDirectory, name));
    }

    private void Pack()
    {
        var solution = WriteSolution("packages.slnx", ["repo/src/Abstractions/Denoising.Abstractions.csproj", "repo/src/Torch/Denoising.Torch.csproj"]);
        Dotnet(Root, "pack", solution, "-c", "Release", $"-p:Version={PackageVersion}", "--disable-build-servers",
            "-nodeReuse:false", FallbackToNuGetCache());
    }

    private void CreateFromTemplate()
    {
        // A home of its own, so installing the template leaves the user's template list alone.
        var home = new Dictionary<string, string>(_environment) { ["DOTNET_CLI_HOME"] = Path.Combine(Root, "home") };
        DotnetCli.Run(Root, home, "new", "install", Path.Combine(RepoPaths.Root, "templates", "denoiser-plugin"));
        DotnetCli.Run(Root, home, "new", "denoiser-plugin", "-n", TrainableFromTemplate, "-o", TemplateProject(TrainableFromTemplate),
            "--feed", PackagesDirectory, "--denoising-version", PackageVersion);
        DotnetCli.Run(Root, home, "new", "denoiser-plugin", "-n", ClassicalFromTemplate, "-o", TemplateProject(ClassicalFromTemplate),
            "--kind", "classical", "--component", "box", "--feed", PackagesDirectory, "--denoising-version", PackageVersion);
    }

    private void BuildPlugins()
    {
        var projects = new[] { Path.Combine(Repository, "samples"), Path.Combine(Repository, "tests", "ThirdPartyFixtures"), Path.Combine(Root, "new") }
            .SelectMany(d => Directory.EnumerateFiles(d, "*.csproj", SearchOption.AllDirectories))
            .Select(p => Path.GetRelativePath(Root, p))
            .ToList();
        var solution = WriteSolution("plugins.slnx", projects);
        Dotnet(Root, "build", solution, "-c", "Release", $"-p:DenoisingVersion={PackageVersion}", "--disable-build-servers",
            "-nodeReuse:false", FallbackToNuGetCache());
    }

    private void Dotnet(string directory, params string[] args) => DotnetCli.Run(directory, _environment, args);

    private string WriteSolution(string name, IEnumerable<string> projects)
    {
        var path = Path.Combine(Root, name);
        File.WriteAllText(path, "<Solution>\n" + string.Concat(projects.Select(p => $"  <Project Path=\"{p}\" />\n")) + "</Solution>\n");
        return path;
    }

    /// <summary>Packages already in the user's NuGet cache are used from there, without a download.</summary>
    private static string FallbackToNuGetCache()
    {
        var cache = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        return $"-p:RestoreAdditionalProjectFallbackFolders={cache}";
    }

    private static void CopyWithoutBuildOutput(string source, string target)
    {
        if (File.Exists(source))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(source, target);
            return;
        }
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(source))
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        foreach (var directory in Directory.EnumerateDirectories(source))
        {
            var name = Path.GetFileName(directory);
            if (name is not ("bin" or "obj"))
                CopyWithoutBuildOutput(directory, Path.Combine(target, name));
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open must not fail the tests.
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ThirdPartyCollection : ICollectionFixture<ThirdPartyBuild>
{
    public const string Name = "third-party";
}

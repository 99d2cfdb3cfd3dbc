using Denoising.Abstractions;
using Denoising.Host.Configuration;
using Denoising.Host.Plugins;
using Denoising.Tests.TestSupport;

namespace Denoising.Tests.ThirdParty;

/// <summary>A plugin that cannot be used is reported with the reason and skipped; the other plugins still work.</summary>
[Collection(ThirdPartyCollection.Name)]
public sealed class LoadSafetyTests(ThirdPartyBuild build) : IDisposable
{
    private readonly TempDirectory _plugins = new();

    [Fact]
    public void A_plugin_built_against_another_contract_major_version_is_refused_naming_both_versions()
    {
        build.CopyPlugins(_plugins.Path, ThirdPartyBuild.MedianSample, ThirdPartyBuild.ResidualSample);
        var median = Path.Combine(_plugins.Path, ThirdPartyBuild.MedianSample, ThirdPartyBuild.MedianSample + ".dll");
        var next = ContractVersion.Major + 1;
        AssemblyReferenceEditor.SetReferencedVersion(median, ContractCompatibility.ContractAssemblyName, new Version(next, 0, 0, 0));

        var catalog = PluginLoading.Load(_plugins.Path);

        var refused = catalog.Result(ThirdPartyBuild.MedianSample);
        Assert.False(refused.Loaded);
        Assert.Equal(
            $"plugin {ThirdPartyBuild.MedianSample} was built against contract version {next}.x (Denoising.Abstractions {next}.0.0.0); this host implements {ContractVersion.Major}.x",
            refused.Error);
        Assert.DoesNotContain("sample-median", catalog.Registry.NamesOf(ComponentKind.Denoiser));
        AssertStillWorks(catalog, ThirdPartyBuild.ResidualSample, "sample-dncnn");
    }

    [Fact]
    public void A_plugin_missing_a_private_dependency_is_reported_and_skipped()
    {
        build.CopyPlugins(_plugins.Path, ThirdPartyBuild.NeedsHelperFixture, ThirdPartyBuild.MedianSample);
        File.Delete(Path.Combine(_plugins.Path, ThirdPartyBuild.NeedsHelperFixture, "Fixture.PrivateHelper.dll"));

        var catalog = PluginLoading.Load(_plugins.Path);

        var failed = catalog.Result(ThirdPartyBuild.NeedsHelperFixture);
        Assert.False(failed.Loaded);
        Assert.StartsWith("a dependency is missing: ", failed.Error);
        Assert.Contains("Fixture.PrivateHelper", failed.Error);
        AssertStillWorks(catalog, ThirdPartyBuild.MedianSample, "sample-median");
    }

    [Fact]
    public void A_plugin_that_throws_while_registering_is_reported_and_skipped()
    {
        build.CopyPlugins(_plugins.Path, ThirdPartyBuild.ThrowingFixture, ThirdPartyBuild.MedianSample);

        var catalog = PluginLoading.Load(_plugins.Path);

        var failed = catalog.Result(ThirdPartyBuild.ThrowingFixture);
        Assert.False(failed.Loaded);
        Assert.Contains("the fixture plugin's settings are missing", failed.Error);
        AssertStillWorks(catalog, ThirdPartyBuild.MedianSample, "sample-median");
    }

    [Fact]
    public void Two_plugins_claiming_one_name_is_an_error_naming_both_assemblies()
    {
        build.CopyPlugins(_plugins.Path, ThirdPartyBuild.MedianSample, ThirdPartyBuild.DuplicateFixture);

        var catalog = PluginLoading.Load(_plugins.Path);

        var refused = catalog.Result(ThirdPartyBuild.DuplicateFixture);
        Assert.False(refused.Loaded);
        Assert.Equal($"denoiser 'sample-median' is registered by both {ThirdPartyBuild.MedianSample} and {ThirdPartyBuild.DuplicateFixture}", refused.Error);
        Assert.Equal(ThirdPartyBuild.MedianSample, catalog.Registry.Find(ComponentKind.Denoiser, "sample-median")!.SourceAssembly);
        AssertStillWorks(catalog, ThirdPartyBuild.MedianSample, "sample-median");
    }

    [Fact]
    public void Only_the_configured_folders_are_searched_one_level_deep()
    {
        var configured = Path.Combine(_plugins.Path, "configured");
        build.CopyPlugins(configured, ThirdPartyBuild.MedianSample);
        build.CopyPlugins(Path.Combine(_plugins.Path, "sibling"), ThirdPartyBuild.ResidualSample);
        build.CopyPlugins(Path.Combine(configured, "nested"), ThirdPartyBuild.ThrowingFixture);

        var catalog = PluginLoading.Load(configured);

        Assert.Equal([ThirdPartyBuild.MedianSample], catalog.Results.Select(r => r.Name));
        Assert.Equal(["sample-median"], catalog.Registry.NamesOf(ComponentKind.Denoiser));
    }

    private static void AssertStillWorks(PluginCatalog catalog, string plugin, string denoiser)
    {
        Assert.True(catalog.Result(plugin).Loaded, catalog.Result(plugin).Error);
        Assert.Contains(denoiser, catalog.Registry.NamesOf(ComponentKind.Denoiser));
        using var created = catalog.CreateDenoiser(denoiser) as IDisposable;
    }

    public void Dispose() => _plugins.Dispose();
}

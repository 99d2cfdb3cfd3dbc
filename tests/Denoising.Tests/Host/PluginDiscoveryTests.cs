using System.Runtime.Loader;
using Denoising.Host.Configuration;
using Denoising.Host.Plugins;
using Denoising.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;

namespace Denoising.Tests.Host;

public sealed class PluginDiscoveryTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public void Plugins_copied_to_any_folder_are_discovered_and_loaded_in_their_own_context()
    {
        CopyPlugin("Denoising.Plugins.Noise");
        var catalog = new PluginCatalog(NullLogger<PluginCatalog>.Instance);

        catalog.LoadFrom([_temp.Path]);

        var result = Assert.Single(catalog.Results);
        Assert.True(result.Loaded, result.Error);
        Assert.Contains("gaussian", catalog.Registry.NamesOf(ComponentKind.NoiseModel));
        var options = catalog.Registry.OptionsTypeOf(ComponentKind.NoiseModel, "gaussian")!;
        Assert.NotSame(AssemblyLoadContext.Default, AssemblyLoadContext.GetLoadContext(options.Assembly));
        Assert.StartsWith(_temp.Path, options.Assembly.Location);
    }

    [Fact]
    public void Only_the_configured_folders_are_searched()
    {
        var catalog = new PluginCatalog(NullLogger<PluginCatalog>.Instance);

        catalog.LoadFrom([_temp.Path]);

        Assert.Empty(catalog.Results);
        Assert.Empty(catalog.Registry.All);
    }

    [Fact]
    public void Every_in_tree_component_is_registered_by_name()
    {
        var catalog = new PluginCatalog(NullLogger<PluginCatalog>.Instance);

        catalog.LoadFrom([RepoPaths.PluginsDirectory]);

        Assert.All(catalog.Results, r => Assert.True(r.Loaded, r.Error));
        Assert.Equal(["conv-ae", "dense-ae", "gaussian-blur", "identity"], catalog.Registry.NamesOf(ComponentKind.Denoiser).Order());
        Assert.Superset(new HashSet<string> { "gaussian", "salt-and-pepper", "speckle", "poisson", "mixture" }, catalog.Registry.NamesOf(ComponentKind.NoiseModel).ToHashSet());
        Assert.Superset(new HashSet<string> { "image-folder", "lfw", "idx", "synthetic" }, catalog.Registry.NamesOf(ComponentKind.Dataset).ToHashSet());
        Assert.Equal(["mse", "psnr", "ssim"], catalog.Registry.NamesOf(ComponentKind.Metric));
    }

    private void CopyPlugin(string name)
    {
        var source = Path.Combine(RepoPaths.PluginsDirectory, name);
        var target = Path.Combine(_temp.Path, name);
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source))
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
    }

    public void Dispose() => _temp.Dispose();
}

using System.Runtime.Loader;
using Denoising.Host.Configuration;
using Denoising.Host.Plugins;
using Denoising.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Denoising.Tests.Host;

public sealed class PluginDiscoveryTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public void Plugins_copied_to_any_folder_are_discovered_and_loaded_in_their_own_context()
    {
        CopyPlugin("Denoising.Plugins.Noise");
        var catalog = new PluginCatalog(NullLogger<PluginCatalog>.Instance, Options.Create(new PluginOptions()));

        catalog.LoadFrom([_temp.Path]);

        var result = Assert.Single(catalog.Results);
        Assert.True(result.Loaded, result.Error);
        Assert.Contains("gaussian", catalog.Registry.NamesOf(ComponentKind.NoiseModel));
        var options = catalog.Registry.OptionsTypeOf(ComponentKind.NoiseModel, "gaussian")!;
        Assert.NotSame(AssemblyLoadContext.Default, AssemblyLoadContext.GetLoadContext(options.Assembly));
        Assert.StartsWith(_temp.Path, options.Assembly.Location);
    }

    [Theory]
    [InlineData("folder")]
    [InlineData("assembly")]
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    public void A_plugin_other_users_can_write_is_refused_with_the_reason(string writable)
    {
        CopyPlugin("Denoising.Plugins.Noise");
        var folder = Path.Combine(_temp.Path, "Denoising.Plugins.Noise");
        var target = writable == "folder" ? folder : Path.Combine(folder, "Denoising.Plugins.Noise.dll");
        File.SetUnixFileMode(target, File.GetUnixFileMode(target) | UnixFileMode.OtherWrite);
        var catalog = new PluginCatalog(NullLogger<PluginCatalog>.Instance, Options.Create(new PluginOptions()));

        catalog.LoadFrom([_temp.Path]);

        var result = Assert.Single(catalog.Results);
        Assert.False(result.Loaded);
        Assert.Contains($"'{target}' is writable by other users", result.Error);
        Assert.Contains("DENOISING_Plugins__AllowWritableByOthers", result.Error);
        Assert.Empty(catalog.Registry.All);
    }

    [Fact]
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    public void The_option_loads_a_plugin_other_users_can_write()
    {
        CopyPlugin("Denoising.Plugins.Noise");
        var folder = Path.Combine(_temp.Path, "Denoising.Plugins.Noise");
        File.SetUnixFileMode(folder, File.GetUnixFileMode(folder) | UnixFileMode.GroupWrite);
        var catalog = new PluginCatalog(NullLogger<PluginCatalog>.Instance, Options.Create(new PluginOptions { AllowWritableByOthers = true }));

        catalog.LoadFrom([_temp.Path]);

        Assert.True(Assert.Single(catalog.Results).Loaded);
    }

    [Fact]
    public void Only_the_configured_folders_are_searched()
    {
        var catalog = new PluginCatalog(NullLogger<PluginCatalog>.Instance, Options.Create(new PluginOptions()));

        catalog.LoadFrom([_temp.Path]);

        Assert.Empty(catalog.Results);
        Assert.Empty(catalog.Registry.All);
    }

    [Fact]
    public void Every_in_tree_component_is_registered_by_name()
    {
        var catalog = new PluginCatalog(NullLogger<PluginCatalog>.Instance, Options.Create(new PluginOptions()));

        catalog.LoadFrom([RepoPaths.PluginsDirectory]);

        Assert.All(catalog.Results, r => Assert.True(r.Loaded, r.Error));
        Assert.Equal(["conv-ae", "dense-ae", "dncnn", "gaussian-blur", "identity", "median", "unet"], catalog.Registry.NamesOf(ComponentKind.Denoiser).Order());
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

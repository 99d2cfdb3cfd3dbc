using System.Diagnostics;
using System.Runtime.Loader;
using Denoising.Abstractions;
using Denoising.Host.Configuration;
using Denoising.Host.Plugins;
using Denoising.Tests.TestSupport;
using Denoising.Torch;

namespace Denoising.Tests.ThirdParty;

[Collection(ThirdPartyCollection.Name)]
public sealed class SamplePluginTests(ThirdPartyBuild build) : IDisposable
{
    private readonly TempDirectory _plugins = new();

    [Theory]
    [InlineData(ThirdPartyBuild.ResidualSample)]
    [InlineData(ThirdPartyBuild.MedianSample)]
    [InlineData(ThirdPartyBuild.TrainableFromTemplate)]
    [InlineData(ThirdPartyBuild.ClassicalFromTemplate)]
    public void Plugins_built_from_the_packages_carry_neither_the_contracts_nor_TorchSharp(string plugin)
    {
        var files = Directory.EnumerateFiles(build.PluginOutput(plugin), "*", SearchOption.AllDirectories)
            .Select(Path.GetFileName).ToList();

        Assert.Contains($"{plugin}.dll", files);
        Assert.DoesNotContain(files, f => f!.StartsWith("Denoising.Abstractions") || f.StartsWith("Denoising.Torch")
            || f.StartsWith("TorchSharp") || f.Contains("torch", StringComparison.OrdinalIgnoreCase)
            || f.StartsWith("Microsoft.Extensions.Logging"));
        Assert.Equal(new Version(ContractVersion.Major, 0, 0, 0),
            ContractCompatibility.ReferencedContractVersion(Path.Combine(build.PluginOutput(plugin), $"{plugin}.dll")));
    }

    [Fact]
    public void Samples_dropped_into_a_folder_are_discovered_each_in_its_own_load_context()
    {
        build.CopyPlugins(_plugins.Path, ThirdPartyBuild.ResidualSample, ThirdPartyBuild.MedianSample);

        var catalog = PluginLoading.Load(_plugins.Path);

        Assert.All(catalog.Results, r => Assert.True(r.Loaded, r.Error));
        Assert.Equal(["sample-dncnn"], catalog.Result(ThirdPartyBuild.ResidualSample).Components);
        Assert.Equal(["sample-median"], catalog.Result(ThirdPartyBuild.MedianSample).Components);
        var dncnnOptions = catalog.Registry.OptionsTypeOf(ComponentKind.Denoiser, "sample-dncnn")!;
        var medianOptions = catalog.Registry.OptionsTypeOf(ComponentKind.Denoiser, "sample-median")!;
        Assert.NotSame(AssemblyLoadContext.GetLoadContext(dncnnOptions.Assembly), AssemblyLoadContext.GetLoadContext(medianOptions.Assembly));
        Assert.StartsWith(_plugins.Path, dncnnOptions.Assembly.Location);
        // Denoising.Torch is the host's: the sample's options derive from the very TorchDenoiserOptions the host knows.
        Assert.Same(typeof(TorchDenoiserOptions), dncnnOptions.BaseType);
    }

    [Fact]
    public void A_plugin_keeps_its_own_version_of_a_dependency_the_host_also_uses()
    {
        build.CopyPlugins(_plugins.Path, ThirdPartyBuild.MedianSample);

        var catalog = PluginLoading.Load(_plugins.Path);

        var registration = catalog.Registry.Find(ComponentKind.Denoiser, "sample-median")!;
        Assert.StartsWith("Median filter over an odd square window", registration.Description);   // read from component.yaml
        var pluginYaml = AssemblyLoadContext.GetLoadContext(registration.OptionsType.Assembly)!.Assemblies
            .Single(a => a.GetName().Name == "YamlDotNet");
        var hostYaml = typeof(YamlDotNet.Serialization.IDeserializer).Assembly;
        Assert.StartsWith(Path.Combine(_plugins.Path, ThirdPartyBuild.MedianSample), pluginYaml.Location);
        Assert.StartsWith("16.3.", FileVersionInfo.GetVersionInfo(pluginYaml.Location).FileVersion);
        Assert.StartsWith("18.", FileVersionInfo.GetVersionInfo(hostYaml.Location).FileVersion);
        Assert.NotSame(hostYaml, pluginYaml);
    }

    [Fact]
    public void The_median_sample_removes_impulse_noise_and_keeps_ids_and_shapes()
    {
        build.CopyPlugins(_plugins.Path, ThirdPartyBuild.MedianSample);
        var catalog = PluginLoading.Load(_plugins.Path);
        var clean = new float[6 * 5];
        Array.Fill(clean, 0.5f);
        var noisyPixels = (float[])clean.Clone();
        noisyPixels[7] = 1f;
        noisyPixels[22] = 0f;
        var noisy = new Image("spikes", 1, 6, 5, noisyPixels);

        var median = catalog.CreateDenoiser("sample-median");
        var denoised = Assert.Single(median.Denoise([noisy], CancellationToken.None));

        Assert.Equal("spikes", denoised.Id);
        Assert.True(denoised.SameShapeAs(noisy));
        Assert.Equal(clean, denoised.Pixels);
    }

    public void Dispose() => _plugins.Dispose();
}

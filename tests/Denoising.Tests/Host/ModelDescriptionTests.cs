using System.Text.Json.Nodes;
using Denoising.Abstractions;
using Denoising.Host.Models;
using Microsoft.Extensions.DependencyInjection;

namespace Denoising.Tests.Host;

public sealed class ModelDescriptionTests(TrainedRun run) : IClassFixture<TrainedRun>, IDisposable
{
    private static readonly RuntimeSettings Cpu = new("cpu", 2);
    private readonly TempDirectory _temp = new();

    [Fact]
    public void A_trained_model_is_described_by_type_bound_options_plugin_contract_channels_noise_and_version()
    {
        var description = ModelDescriptionFile.Read(run.ModelFile);

        Assert.Equal("conv-ae", description.DenoiserType);
        Assert.Equal("[8,8]", description.Denoiser["channels"]!.ToJsonString());
        Assert.Equal("nearest", description.Denoiser["upsampling"]!.GetValue<string>()); // a default, written out
        Assert.Equal("Denoising.Plugins.ConvAE", description.Plugin.Assembly);
        Assert.Matches("^[0-9a-f]{64}$", description.Plugin.Sha256);
        Assert.Equal(ContractVersion.Major, description.ContractVersion);
        Assert.Equal((1, 16, 16), (description.Channels, description.Height, description.Width));
        Assert.Equal("gaussian", description.Noise!["type"]!.GetValue<string>());
        Assert.Equal(0.2, description.Noise["sigma"]!.GetValue<double>());
        Assert.Equal("model.model", description.Weights);
        Assert.False(string.IsNullOrEmpty(description.FrameworkVersion));
    }

    [Fact]
    public void A_model_rebuilt_from_its_description_alone_loads_its_weights_and_denoises()
    {
        var loader = HostFixture.WithInTreePlugins().GetRequiredService<ModelLoader>();
        var copy = CopyModel("elsewhere");

        using var model = loader.Load(copy, [], Cpu);
        var noisy = new Image("x", 1, 20, 24, Enumerable.Range(0, 480).Select(i => (i * 37 % 100) / 100f).ToArray());
        var denoised = model.Denoiser.Denoise([noisy], CancellationToken.None).Single();

        Assert.True(denoised.SameShapeAs(noisy));
        Assert.NotEqual(noisy.Pixels, denoised.Pixels);
    }

    [Fact]
    public void A_missing_plugin_is_named()
    {
        var noPlugins = HostFixture.Services(_temp.PathOf("empty/"));

        var error = Assert.Throws<InvalidDataException>(() => noPlugins.GetRequiredService<ModelLoader>().Load(run.ModelFile, [], Cpu));

        Assert.Contains("needs denoiser 'conv-ae' from plugin Denoising.Plugins.ConvAE", error.Message);
        Assert.Contains("--plugins", error.Message);
    }

    [Fact]
    public void A_model_without_description_is_an_error_naming_the_file_and_what_is_missing()
    {
        var copy = CopyModel("old");
        File.Delete(ModelDescriptionFile.PathFor(copy));

        var error = Assert.Throws<InvalidDataException>(() => run.Services.GetRequiredService<ModelLoader>().Load(copy, [], Cpu));

        Assert.Contains($"'{copy}' has no description 'model.model.json'", error.Message);
        Assert.Contains("denoiser type, its options and its plugin are unknown", error.Message);
    }

    [Fact]
    public void Recorded_options_a_plugin_no_longer_accepts_are_reported_at_the_description()
    {
        var copy = CopyModel("changed");
        var path = ModelDescriptionFile.PathFor(copy);
        var json = JsonNode.Parse(File.ReadAllText(path))!;
        json["denoiser"]!["no_such_option"] = 3;
        File.WriteAllText(path, json.ToJsonString());

        var error = Assert.Throws<Denoising.Host.Configuration.ConfigException>(
            () => run.Services.GetRequiredService<ModelLoader>().Load(copy, [], Cpu));

        Assert.Contains(error.Errors, e => e.ToString().Contains(path) && e.ToString().Contains("denoiser.no_such_option: unknown key"));
    }

    /// <summary>The model and its description in another folder: nothing else of the run travels with them.</summary>
    private string CopyModel(string folder)
    {
        var target = _temp.PathOf($"{folder}/model.model");
        File.Copy(run.ModelFile, target);
        File.Copy(ModelDescriptionFile.PathFor(run.ModelFile), ModelDescriptionFile.PathFor(target));
        return target;
    }

    public void Dispose() => _temp.Dispose();
}

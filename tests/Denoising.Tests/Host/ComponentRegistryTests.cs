using Denoising.Abstractions;
using Denoising.Host.Configuration;
using Denoising.Host.Plugins;

namespace Denoising.Tests.Host;

public sealed class ComponentRegistryTests
{
    private sealed class Score : IMetric
    {
        public double Compute(Image clean, Image estimate) => 0;
    }

    [Theory]
    [InlineData("../Bad Name")]
    [InlineData("Upper")]
    [InlineData("-dash")]
    [InlineData("under_score")]
    public void A_name_configs_could_not_write_is_refused(string name)
    {
        var registry = new ComponentRegistry();

        var error = Assert.Throws<PluginLoadException>(() => registry.RegisterAll("A", r => r.AddMetric(name, "a metric", () => new Score())));

        Assert.Contains($"'{name}'", error.Message);
        Assert.Contains("lower-case letters, digits and '-'", error.Message);
        Assert.Empty(registry.All);
    }

    [Fact]
    public void Each_contract_has_its_own_names()
    {
        var registry = new ComponentRegistry();

        registry.RegisterAll("A", r =>
        {
            r.AddMetric("same", "a metric", () => new Score());
            r.AddDenoiser<NoOptions>("same", "a denoiser", (_, _) => null!);
        });

        Assert.Equal(["same"], registry.NamesOf(ComponentKind.Metric));
        Assert.Equal(["same"], registry.NamesOf(ComponentKind.Denoiser));
        Assert.Equal([ComponentKind.Denoiser, ComponentKind.Metric], registry.All.Select(r => r.Kind));
    }

    [Fact]
    public void A_name_taken_by_another_assembly_refuses_all_of_the_newcomers_names()
    {
        var registry = new ComponentRegistry();
        registry.RegisterAll("First", r => r.AddMetric("score", "first", () => new Score()));

        var error = Assert.Throws<PluginLoadException>(() => registry.RegisterAll("Second", r =>
        {
            r.AddMetric("other", "second", () => new Score());
            r.AddMetric("score", "second", () => new Score());
        }));

        Assert.Equal("metric 'score' is registered by both First and Second", error.Message);
        Assert.Equal(["score"], registry.NamesOf(ComponentKind.Metric));
    }

    [Fact]
    public void A_name_registered_twice_by_one_assembly_is_refused()
    {
        var error = Assert.Throws<PluginLoadException>(() => new ComponentRegistry().RegisterAll("A", r =>
        {
            r.AddMetric("score", "one", () => new Score());
            r.AddMetric("score", "two", () => new Score());
        }));

        Assert.Equal("A registers metric 'score' twice", error.Message);
    }

    [Fact]
    public void Only_component_contracts_can_be_registered()
    {
        var error = Assert.Throws<PluginLoadException>(() => new ComponentRegistry().RegisterAll("A", r =>
            r.Add<ITrainableDenoiser, NoOptions>("net", "a trainable denoiser", (_, _) => null!)));

        Assert.Contains("'net' as ITrainableDenoiser, which is not a component contract", error.Message);
        Assert.Contains("IDenoiser, INoiseModel, IDataset, IMetric", error.Message);
    }
}

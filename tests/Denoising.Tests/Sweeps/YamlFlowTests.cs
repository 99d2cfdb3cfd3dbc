using Denoising.Host.Configuration;
using Denoising.Host.Sweeps;
using YamlDotNet.RepresentationModel;

namespace Denoising.Tests.Sweeps;

public sealed class YamlFlowTests
{
    [Theory]
    [InlineData("plain")]
    [InlineData("-0.5")]
    [InlineData("-")]
    [InlineData("a: b")]
    [InlineData("x,y")]
    [InlineData("#not a comment")]
    [InlineData("")]
    [InlineData(" leading space")]
    [InlineData("say \"hi\" \\ bye")]
    [InlineData("two\nlines\ttab")]
    [InlineData("[not a list]")]
    [InlineData("http://host:8080/path")]
    [InlineData("*alias")]
    public void A_scalar_written_as_a_set_value_reads_back_as_the_same_text(string text)
    {
        var written = YamlFlow.Write(new YamlScalarNode(text));

        Assert.Equal(text, ReadBack(written) is YamlScalarNode scalar ? scalar.Value : null);
    }

    [Fact]
    public void Lists_and_mappings_read_back_as_the_same_structure()
    {
        var document = ConfigDocument.Parse("v.yaml", "v: {type: mixture, components: [{weight: 2, noise: {type: gaussian, sigma: 0.1}}, {weight: 1, noise: {type: none}}], note: 'a: b'}");
        var value = document.Root.Children[new YamlScalarNode("v")];

        var written = YamlFlow.Write(value);

        Assert.Equal("{type: mixture, components: [{weight: 2, noise: {type: gaussian, sigma: 0.1}}, {weight: 1, noise: {type: none}}], note: 'a: b'}", written);
        Assert.Equal(written, YamlFlow.Write(ReadBack(written)));
    }

    [Fact]
    public void Canonical_text_sorts_mapping_keys()
    {
        var document = ConfigDocument.Parse("v.yaml", "v: {sigma: 0.1, type: gaussian, clip: {b: 1, a: 2}}");
        var value = document.Root.Children[new YamlScalarNode("v")];

        Assert.Equal("{clip: {a: 2, b: 1}, sigma: 0.1, type: gaussian}", YamlFlow.Write(value, canonical: true));
        Assert.Equal("{sigma: 0.1, type: gaussian, clip: {b: 1, a: 2}}", YamlFlow.Write(value));
    }

    /// <summary>The value as the run command's <c>--set key=value</c> parses it.</summary>
    private static YamlNode ReadBack(string written)
    {
        var document = ConfigDocument.Parse("base.yaml", "key: 0");
        document.ApplyOverride($"key={written}");
        return document.Root.Children[new YamlScalarNode("key")];
    }
}

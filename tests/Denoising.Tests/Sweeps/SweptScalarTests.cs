using System.Text.Json.Nodes;
using Denoising.Host.Configuration;
using Denoising.Host.Sweeps;
using Denoising.Tests.Host;
using YamlDotNet.RepresentationModel;

namespace Denoising.Tests.Sweeps;

/// <summary>A swept value means the same in sweep.json, in the point's --set override and in exclusions.</summary>
public sealed class SweptScalarTests
{
    [Theory]
    [InlineData("on", true)]
    [InlineData("yes", true)]
    [InlineData("True", true)]
    [InlineData("off", false)]
    [InlineData("No", false)]
    public void A_swept_boolean_is_written_to_sweep_json_and_bound_as_the_same_bool(string text, bool expected)
    {
        var assignment = SweepYaml.Expand($"grid:\n  steps.noisy.noise.clip: [{text}]").Single().Single();

        var json = PointJson(assignment);
        var bound = Bind(assignment.Override);

        Assert.Equal(JsonValueKind(expected), json!.GetValueKind());
        Assert.Equal(expected, json.GetValue<bool>());
        Assert.Equal(expected, bound.Clip);
    }

    [Fact]
    public void A_quoted_swept_value_stays_text_in_sweep_json()
    {
        var assignment = SweepYaml.Expand("grid:\n  steps.noisy.noise.clip: ['on']").Single().Single();

        Assert.Equal("on", PointJson(assignment)!.GetValue<string>());
    }

    [Theory]
    [InlineData("on", "true", true)]
    [InlineData("0.10", "0.1", true)]
    [InlineData("~", "null", true)]
    [InlineData("on", "1", false)]
    [InlineData("yes", "'yes!'", false)]
    public void Swept_values_are_equal_when_they_read_the_same(string x, string y, bool equal)
    {
        Assert.Equal(equal, YamlValueEquality.Equal(Node(x), Node(y)));
    }

    private static JsonNode? PointJson(Assignment assignment) => YamlJson.From(assignment.Value);

    private static System.Text.Json.JsonValueKind JsonValueKind(bool value) =>
        value ? System.Text.Json.JsonValueKind.True : System.Text.Json.JsonValueKind.False;

    /// <summary>The noise options as a point's run binds them, from the sweep's override.</summary>
    private static FakeComponents.LevelOptions Bind(string assignment)
    {
        var document = ConfigDocument.Parse("point.yaml", "steps: [{id: noisy, noise: {sigma: 0.1, clip: true}}]");
        document.ApplyOverride(assignment);
        var noise = ((YamlMappingNode)((YamlSequenceNode)document.Root.Children[new YamlScalarNode("steps")]).Children[0])
            .Children[new YamlScalarNode("noise")];
        var binder = new OptionsBinder(document, FakeComponents.Registry());
        var options = binder.Bind<FakeComponents.LevelOptions>(noise, "noise");
        binder.ThrowIfErrors();
        return options;
    }

    private static YamlNode Node(string text) => ConfigDocument.Parse("v.yaml", $"v: {text}").Root.Children[new YamlScalarNode("v")];
}

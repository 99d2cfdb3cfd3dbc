using System.Text.Json.Nodes;
using Denoising.Host.Configuration;
using Denoising.Host.Sweeps;
using Denoising.Tests.TestSupport;
using YamlDotNet.RepresentationModel;

namespace Denoising.Tests.Sweeps;

public sealed class SweepGrammarTests
{
    private static List<string> Labels(IEnumerable<IReadOnlyList<Assignment>> points) => points.Select(PointNaming.Label).ToList();

    [Fact]
    public void Grid_crosses_every_key_with_the_first_varying_slowest()
    {
        var points = SweepYaml.Expand("""
            grid:
              seed: [1, 2]
              steps.model.training.epochs: [3, 4, 5]
            """);

        Assert.Equal(
            ["seed=1,epochs=3", "seed=1,epochs=4", "seed=1,epochs=5", "seed=2,epochs=3", "seed=2,epochs=4", "seed=2,epochs=5"],
            Labels(points));
        Assert.Equal("steps.model.training.epochs=4", points[1][1].Override);
    }

    [Fact]
    public void Values_keep_their_yaml_types_including_whole_mappings_and_lists()
    {
        var points = SweepYaml.Expand("""
            grid:
              steps.noisy.noise: [{type: gaussian, sigma: 0.1}, {type: salt-and-pepper, amount: 0.05}]
              steps.eval.inputs: [[noisy, clean], ["a, b"]]
              name: ['0.5', true]
            """);

        Assert.Equal(8, points.Count);
        var noise = points[0][0];
        var mapping = Assert.IsType<YamlMappingNode>(noise.Value);
        Assert.Equal("0.1", ((YamlScalarNode)mapping.Children[new YamlScalarNode("sigma")]).Value);
        Assert.Equal("{type: gaussian, sigma: 0.1}", noise.Text);
        Assert.Equal("gaussian-0.1", noise.Label);
        Assert.Equal("salt-and-pepper-0.05", points[4][0].Label);
        Assert.Equal("[noisy, clean]", points[0][1].Text);
        Assert.Equal("['a, b']", points[2][1].Text);
        var json = (JsonObject)YamlJson.From(noise.Value)!;
        Assert.Equal(0.1, json["sigma"]!.GetValue<double>());
        Assert.Equal("gaussian", json["type"]!.GetValue<string>());
        Assert.Equal("0.5", YamlJson.From(points[0][2].Value)!.GetValue<string>()); // quoted: stays text
        Assert.True(YamlJson.From(points[1][2].Value)!.GetValue<bool>());
    }

    [Fact]
    public void Zip_groups_vary_together_and_cross_with_the_grid()
    {
        var points = SweepYaml.Expand("""
            zip:
              - steps.model.denoiser: [{type: dense-ae}, {type: conv-ae}]
                steps.model.training.batch_size: [16, 128]
            grid:
              seed: [1, 2, 3]
            """);

        Assert.Equal(6, points.Count);
        Assert.All(points, p => Assert.Equal(p[0].Label == "dense-ae" ? "16" : "128", p[1].Label));
        Assert.Equal(["denoiser", "batch_size", "seed"], points[0].Select(a => a.Name));
        Assert.Equal("denoiser=conv-ae,batch_size=128,seed=1", PointNaming.Label(points[3]));
    }

    [Fact]
    public void Exclusions_remove_points_matching_every_entry_comparing_numbers_and_mappings_by_value()
    {
        var points = SweepYaml.Expand("""
            grid:
              steps.model.noise: [{type: gaussian, sigma: 0.1}, {type: gaussian, sigma: 0.3}]
              steps.model.denoiser: [{type: dense-ae}, {type: conv-ae}]
              seed: [1, 2]
            exclude:
              - { steps.model.noise: {sigma: 0.30, type: gaussian}, steps.model.denoiser: {type: conv-ae} }
              - { seed: 2.0, steps.model.denoiser: {type: dense-ae} }
            """);

        Assert.Equal(4, points.Count); // 8, less 2 (sigma 0.3 with conv-ae), less 2 (seed 2 with dense-ae)
        Assert.DoesNotContain(points, p => p[0].Label == "gaussian-0.3" && p[1].Label == "conv-ae");
        Assert.DoesNotContain(points, p => p[2].Label == "2" && p[1].Label == "dense-ae");
    }

    [Fact]
    public void An_exclusion_that_matches_no_point_is_an_error()
    {
        var error = Assert.Throws<ConfigException>(() => SweepYaml.Expand("""
            grid:
              seed: [1, 2]
            exclude:
              - { seed: 3 }
            """));

        var single = Assert.Single(error.Errors);
        Assert.Equal("sweep.exclude[0]", single.KeyPath);
        Assert.Contains("matches no point", single.Message);
        Assert.StartsWith("sweep.yaml:5:", single.Location);
    }

    [Fact]
    public void Short_names_are_the_shortest_distinct_tail_unless_labels_name_them()
    {
        var definition = SweepYaml.Parse("""
            grid:
              steps.a.noise: [{type: none}]
              steps.b.noise: [{type: none}]
              steps.model.training.epochs: [1]
              seed: [1]
            labels:
              seed: s
            """);

        Assert.Equal(["a.noise", "b.noise", "epochs", "s"], definition.Keys.Select(k => k.Name));
    }

    [Fact]
    public void A_zip_group_with_labelled_keys_names_its_points_by_those_keys_only()
    {
        var definition = SweepYaml.Parse("""
            grid:
              seed: [1, 2]
            zip:
              - { steps.model.denoiser: [{type: a}, {type: b}], steps.model.training.batch_size: [16, 128] }
              - { steps.x.sigma: [0.1, 0.2], steps.y.sigma: [0.1, 0.2] }
            labels:
              steps.model.denoiser: arch
            """);

        var labels = Labels(SweepExpander.Expand(definition));

        Assert.Equal("seed=1,arch=a,x.sigma=0.1,y.sigma=0.1", labels[0]);
        Assert.Equal("seed=2,arch=b,x.sigma=0.2,y.sigma=0.2", labels[^1]);
        Assert.Equal(8, labels.Count);
    }

    [Fact]
    public void Every_problem_of_a_sweep_section_is_reported_at_once_with_its_position()
    {
        var error = Assert.Throws<ConfigException>(() => SweepYaml.Parse("""
            grid:
              seed: 1
              steps.model.noise: [{type: none}, {type: none}]
              steps..epochs: [1]
            zip:
              - { a: [1, 2], b: [1, 2, 3] }
              - { seed: [4, 5] }
            exclude:
              - { nope: 1 }
            labels:
              a: "x=y"
            report:
              heatmaps:
                - { rows: nowhere, metric: psnr }
            extra: 1
            """));

        var messages = error.Errors.Select(e => $"{e.KeyPath}: {e.Message}").ToList();
        Assert.Contains(messages, m => m.StartsWith("sweep.grid.seed: expected a non-empty list", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("sweep.grid.steps.model.noise: value {type: none} is listed twice", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("sweep.grid.steps..epochs: expected a key path", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("must be equally long; found a: 2, b: 3", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("sweep.exclude[0].nope: not a swept key", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("sweep.extra: unknown key", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("sweep.report.heatmaps[0].rows: unknown axis 'nowhere'", StringComparison.Ordinal));
        Assert.All(error.Errors, e => Assert.Matches(@"^sweep\.yaml:\d+:\d+$", e.Location));
    }

    [Fact]
    public void A_key_may_be_swept_only_once()
    {
        var error = Assert.Throws<ConfigException>(() => SweepYaml.Parse("""
            grid:
              seed: [1, 2]
            zip:
              - { seed: [4, 5], threads: [1, 2] }
            """));

        Assert.Contains("already swept at sweep.yaml:3:", Assert.Single(error.Errors).Message);
    }

    [Fact]
    public void Seed_cross_noise_config_is_ten_points_with_each_architecture_keeping_its_batch_size()
    {
        var source = SweepSource.Load(Path.Combine(RepoPaths.Configs, "seed-cross-noise.yaml"));
        var points = SweepExpander.Expand(source.Definition);

        Assert.Equal(10, points.Count);
        Assert.Equal(10, points.Select(PointNaming.Label).Distinct().Count());
        Assert.All(points, p => Assert.Equal(p[0].Label == "dense-ae" ? "16" : "128", p[1].Label));
        Assert.All(points, p => Assert.Equal(p[3].Label, "noisy-" + p[2].Label
            .Replace("gaussian-0.", "g0", StringComparison.Ordinal).Replace("salt-and-pepper-0.", "sp0", StringComparison.Ordinal)));
        Assert.Equal(2, source.Definition.Report.Heatmaps.Count);
        Assert.Equal(source.ExperimentPath, Path.Combine(RepoPaths.Configs, "seed-cross-noise.yaml"));
    }
}

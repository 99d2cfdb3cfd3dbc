using Denoising.Host.Configuration;
using Denoising.Host.Experiments;
using Denoising.Host.Experiments.Definitions;
using Denoising.Tests.TestSupport;

namespace Denoising.Tests.Host;

public sealed class ExperimentParserTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private const string Valid = """
        name: demo
        seed: 3
        datasets:
          faces:
            source: { type: folder, path: data }
            test_fraction: 0.25
        steps:
          - id: report
            kind: evaluate
            reference: faces.test
            inputs: [noisy, clean]
          - id: clean
            kind: denoise
            model: model
            input: noisy
          - id: noisy
            kind: noise
            input: faces.test
            noise: { type: gaussian, sigma: 0.2 }
          - id: model
            kind: train
            input: faces.train
            noise: { type: mix, parts: [{ type: gaussian, sigma: 0.3 }, { type: gaussian }] }
            denoiser: { type: net, channels: [4, 8], upsampling: transposed }
            training: { epochs: 3, batch_size: 4, loss: mse }
        """;

    [Fact]
    public void Valid_experiment_binds_options_and_orders_steps_after_their_inputs()
    {
        var experiment = Parse(Valid);

        Assert.Equal("demo", experiment.Name);
        Assert.Equal(0.25, experiment.Options.Datasets["faces"].TestFraction);
        var order = experiment.Steps.Select(s => s.Id).ToList();
        Assert.True(order.IndexOf("model") < order.IndexOf("clean"));
        Assert.True(order.IndexOf("noisy") < order.IndexOf("clean"));
        Assert.Equal("report", order[^1]);
        var train = experiment.Steps.OfType<TrainStep>().Single();
        var net = Assert.IsType<FakeComponents.NetOptions>(train.Denoiser!.Options);
        Assert.Equal([4, 8], net.Channels);
        Assert.Equal(FakeComponents.Upsampling.Transposed, net.Upsampling);
        var mix = Assert.IsType<FakeComponents.MixOptions>(train.Noise!.Options);
        Assert.Equal([0.3, 0.1], mix.Parts.Select(p => ((FakeComponents.LevelOptions)p.Options).Sigma));
        Assert.Equal(3, train.Training.Epochs);
        Assert.Equal("mse", train.Training.Loss);
    }

    [Fact]
    public void Syntax_error_names_file_line_and_column()
    {
        var error = SingleError("name: x\nsteps:\n  - id: a\n   kind: noise\n");
        Assert.Matches(@"bad\.yaml:\d+:\d+", error.Location);
        Assert.Contains("syntax", error.Message);
    }

    [Fact]
    public void Bad_options_and_a_bad_step_reference_are_all_reported_in_one_pass()
    {
        var yaml = Valid.Replace("batch_size: 4", "batchsize: 4").Replace("inputs: [noisy, clean]", "inputs: [noisy, cleen]");

        var errors = Assert.Throws<ConfigException>(() => Parse(yaml)).Errors;

        Assert.Equal(2, errors.Count);
        Assert.Contains(errors, e => e.KeyPath.EndsWith("training.batchsize", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Message.StartsWith("unknown reference 'cleen'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_value_outside_the_allowed_ones_lists_them()
    {
        var error = SingleError(Valid.Replace("type: folder, path: data", "type: folder, path: data, color: cmyk"));

        Assert.Equal("datasets.faces.source.color", error.KeyPath);
        Assert.Equal("'color' must be one of: gray, rgb", error.Message);
    }

    [Fact]
    public void Unknown_key_names_its_path_line_and_the_expected_keys()
    {
        var error = SingleError(Valid.Replace("batch_size: 4", "batchsize: 4"));
        Assert.Equal("steps[3].training.batchsize", error.KeyPath);
        Assert.EndsWith(":25:28", error.Location);
        Assert.Contains("batch_size", error.Message);
    }

    [Fact]
    public void Wrong_type_says_what_was_expected()
    {
        var error = SingleError(Valid.Replace("seed: 3", "seed: three"));
        Assert.Equal("seed", error.KeyPath);
        Assert.EndsWith(":2:7", error.Location);
        Assert.Contains("expected a whole number, found 'three'", error.Message);
    }

    [Fact]
    public void Value_out_of_range_is_reported_with_the_snake_case_key()
    {
        var error = SingleError(Valid.Replace("sigma: 0.2", "sigma: 2"));
        Assert.Equal("steps[2].noise.sigma", error.KeyPath);
        Assert.Contains("'sigma' must be between 0 and 1", error.Message);
    }

    [Fact]
    public void Unknown_component_lists_the_known_ones()
    {
        var error = SingleError(Valid.Replace("type: net", "type: unet"));
        Assert.Equal("steps[3].denoiser.type", error.KeyPath);
        Assert.Contains("unknown denoiser 'unet'; known: net", error.Message);
    }

    [Fact]
    public void Metrics_are_named_like_components_and_unknown_ones_list_the_known_ones()
    {
        var error = SingleError(Valid.Replace("inputs: [noisy, clean]", "inputs: [noisy, clean]\n    metrics: [psnr, lpips]"));
        Assert.Equal("steps[0].metrics[1]", error.KeyPath);
        Assert.Contains("unknown metric 'lpips'; known: mse, psnr", error.Message);
    }

    [Fact]
    public void Metrics_keep_the_order_they_are_listed_in_and_may_not_repeat()
    {
        var experiment = Parse(Valid.Replace("inputs: [noisy, clean]", "inputs: [noisy, clean]\n    metrics: [psnr, {type: mse}]"));
        Assert.Equal(["psnr", "mse"], experiment.Steps.OfType<EvaluateStep>().Single().Metrics.Select(m => m.Type));

        var error = SingleError(Valid.Replace("inputs: [noisy, clean]", "inputs: [noisy, clean]\n    metrics: [psnr, psnr]"));
        Assert.Contains("metric 'psnr' is listed twice", error.Message);
    }

    [Fact]
    public void A_component_named_alone_gets_its_default_options()
    {
        var experiment = Parse(Valid.Replace("noise: { type: gaussian, sigma: 0.2 }", "noise: gaussian"));

        var noise = experiment.Steps.OfType<NoiseStep>().Single().Noise!;
        Assert.Equal("gaussian", noise.Type);
        Assert.Equal(0.1, Assert.IsType<FakeComponents.LevelOptions>(noise.Options).Sigma);
    }

    [Fact]
    public void Bad_enum_value_lists_the_allowed_values()
    {
        var error = SingleError(Valid.Replace("upsampling: transposed", "upsampling: bilinear"));
        Assert.Contains("one of nearest, transposed", error.Message);
    }

    [Fact]
    public void Missing_required_option_is_named()
    {
        var error = SingleError(Valid.Replace("type: folder, path: data", "type: folder"));
        Assert.Equal("datasets.faces.source.path", error.KeyPath);
        Assert.Contains("'path'", error.Message);
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var e = Assert.Throws<ConfigException>(() => Parse(Valid.Replace("seed: 3", "seed: x").Replace("epochs: 3", "epochs: -1")));
        Assert.Equal(2, e.Errors.Count);
    }

    [Fact]
    public void Override_sets_a_list_item_by_id_and_errors_point_at_the_override()
    {
        var experiment = Parse(Valid, "steps.model.training.epochs=7", "steps.noisy.noise={type: gaussian, sigma: 0.05}");
        Assert.Equal(7, experiment.Steps.OfType<TrainStep>().Single().Training.Epochs);
        Assert.Equal(0.05, ((FakeComponents.LevelOptions)experiment.Steps.OfType<NoiseStep>().Single().Noise!.Options).Sigma);

        var e = Assert.Throws<ConfigException>(() => Parse(Valid, "steps.model.training.epochs=many"));
        Assert.Equal("--set steps.model.training.epochs=many", e.Errors.Single().Location);
        var missing = Assert.Throws<ConfigException>(() => Parse(Valid, "steps.nothing.training.epochs=1"));
        Assert.Contains("no list item has id 'nothing'", missing.Errors.Single().Message);
    }

    [Fact]
    public void Unknown_reference_lists_what_exists()
    {
        var error = SingleError(Valid.Replace("input: faces.test\n    noise", "input: faces.tst\n    noise"));
        Assert.Equal("steps.noisy.input", error.KeyPath);
        Assert.Contains("unknown reference 'faces.tst'", error.Message);
        Assert.Contains("faces.test", error.Message);
    }

    [Fact]
    public void Reference_of_the_wrong_kind_is_refused()
    {
        var error = SingleError(Valid.Replace("model: model", "model: noisy"));
        Assert.Equal("steps.clean.model", error.KeyPath);
        Assert.Contains("expected a trained model, but 'noisy' is images (noise step noisy)", error.Message);
    }

    [Fact]
    public void A_reference_in_a_list_is_reported_at_its_item()
    {
        var error = SingleError(Valid.Replace("inputs: [noisy, clean]", "inputs: [noisy, model]"));
        Assert.Equal("steps.report.inputs[1]", error.KeyPath);
        Assert.EndsWith(":11:21", error.Location);
        Assert.Contains("expected images, but 'model' is a trained model (train step model)", error.Message);
    }

    [Theory]
    [InlineData("clean", "expected the id of a noise step (its noisy and clean pairs), but 'clean' is a denoise step")]
    [InlineData("faces.test", "expected the id of a noise step (its noisy and clean pairs), but 'faces.test' is images (dataset faces)")]
    public void Validation_pairs_come_only_from_a_noise_step(string reference, string message)
    {
        var error = SingleError(Valid.Replace("training: { epochs: 3", $"validate_on: {reference}\n    training: {{ epochs: 3"));
        Assert.Equal("steps.model.validate_on", error.KeyPath);
        Assert.EndsWith(":25:18", error.Location);
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Cycles_are_found_before_running()
    {
        var yaml = """
            steps:
              - { id: a, kind: noise, input: b, noise: { type: gaussian } }
              - { id: b, kind: noise, input: a, noise: { type: gaussian } }
            """;
        var error = SingleError(yaml);
        Assert.Contains("cycle: a -> b -> a", error.Message);
    }

    [Fact]
    public void Duplicate_ids_and_unknown_step_kinds_are_errors()
    {
        var yaml = """
            datasets:
              d: { source: { type: folder, path: x } }
            steps:
              - { id: a, kind: noise, input: d.test, noise: { type: gaussian } }
              - { id: a, kind: noise, input: d.test, noise: { type: gaussian } }
            """;
        Assert.Contains("'a' is already used by noise step a", SingleError(yaml).Message);
        var kind = SingleError("steps:\n  - { id: c, kind: smooth }\n");
        Assert.Contains("unknown step kind 'smooth'; one of: noise, train, denoise, evaluate", kind.Message);
    }

    [Fact]
    public void Denoise_step_needs_exactly_one_of_model_or_denoiser()
    {
        var error = SingleError(Valid.Replace("model: model\n", "model: model\n    denoiser: { type: net }\n"));
        Assert.Contains("exactly one of 'model'", error.Message);
    }

    [Theory]
    [InlineData("../../escape1")]
    [InlineData("/tmp/abs")]
    [InlineData("a/b")]
    [InlineData(".hidden")]
    [InlineData("tab\there")]
    public void A_name_is_one_safe_folder_name(string name)
    {
        var error = Assert.Single(Assert.Throws<ConfigException>(() => Parse(Valid, $"name={name}")).Errors);

        Assert.Equal($"--set name={name}", error.Location);
        Assert.Equal("name", error.KeyPath);
        Assert.Contains("one folder name", error.Message);
    }

    [Fact]
    public void The_default_name_is_the_file_name_made_safe()
    {
        var path = _temp.File("my experiment (v2).yaml", Valid.Replace("name: demo\n", ""));

        var experiment = ExperimentParser.Parse(ConfigDocument.Load(path), FakeComponents.Registry());

        Assert.Equal("my-experiment--v2-", experiment.Name);
    }

    private Experiment Parse(string yaml, params string[] overrides)
    {
        var path = _temp.File("bad.yaml", yaml);
        return ExperimentParser.Parse(ConfigDocument.Load(path, overrides), FakeComponents.Registry());
    }

    private ConfigError SingleError(string yaml) =>
        Assert.Single(Assert.Throws<ConfigException>(() => Parse(yaml)).Errors);

    public void Dispose() => _temp.Dispose();
}

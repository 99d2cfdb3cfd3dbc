using Denoising.Abstractions;
using Denoising.Host.Experiments;
using Denoising.Host.Models;
using Denoising.Host.Running;
using Denoising.Torch;
using Microsoft.Extensions.DependencyInjection;
using TorchSharp;
using static TorchSharp.torch;

namespace Denoising.Tests.Host;

/// <summary>export and import: PyTorch and safetensors state dicts, checked before they are loaded.</summary>
public sealed class ModelTransferTests(TrainedRun run) : IClassFixture<TrainedRun>, IDisposable
{
    private static readonly RuntimeSettings Cpu = TestModels.Cpu;
    private static readonly string[] DnCnnTiny = ["depth=3", "width=4", "batch_norm=false"];
    private static string Fixtures => Path.Combine(RepoPaths.Root, "tests", "Denoising.Tests", "Fixtures");

    private readonly TempDirectory _temp = new();
    private readonly IServiceProvider _services = HostFixture.WithInTreePlugins();

    [Theory]
    [InlineData(StateDictFile.PyTorch, "conv-ae.pth")]
    [InlineData(StateDictFile.Safetensors, "conv-ae.safetensors")]
    public void A_conv_ae_exported_and_imported_again_denoises_exactly_as_before(string format, string fileName)
    {
        var exported = _temp.PathOf(fileName);
        Exporter.Export(run.ModelFile, format, exported, [], Cpu);
        var imported = Import(exported, "conv-ae", ["channels=[8, 8]"], _temp.PathOf("imported/conv-ae.model"));

        var noisy = TestImage(1, 20, 24);
        Assert.Equal(Denoise(run.ModelFile, noisy), Denoise(imported, noisy));
        Assert.Equal(Denoise(run.ModelFile, noisy), Denoise(exported, noisy)); // apply reads an export through its description
    }

    [Fact]
    public void A_dncnn_with_batch_norm_exported_and_imported_again_denoises_exactly_as_before()
    {
        var original = _temp.PathOf("original.safetensors");
        WriteInitialisedStateDict("dncnn", ["depth=4", "width=6"], new ImageShape(1, 8, 8), original);
        var first = Import(original, "dncnn", ["depth=4", "width=6"], _temp.PathOf("first/dncnn.model"));
        var exported = _temp.PathOf("dncnn.pth");
        Exporter.Export(first, StateDictFile.PyTorch, exported, [], Cpu);
        var second = Import(exported, "dncnn", ["depth=4", "width=6"], _temp.PathOf("second/dncnn.model"));

        var noisy = TestImage(1, 13, 11);
        var output = Denoise(first, noisy);
        Assert.Equal(output, Denoise(second, noisy));
        Assert.NotEqual(noisy.Pixels, output);
        var keys = StateDictKeys(exported);
        Assert.Contains("model.3.running_var", keys); // batch norm statistics travel with the weights
        Assert.Contains("model.3.num_batches_tracked", keys);
    }

    [Fact]
    public void Kair_dncnn_weights_made_by_pytorch_import_and_denoise_as_pytorch_did()
    {
        var model = Import(Path.Combine(Fixtures, "kair_dncnn_tiny.pth"), "dncnn", DnCnnTiny, _temp.PathOf("kair.model"));
        var recorded = StateDictFile.Read(Path.Combine(Fixtures, "kair_dncnn_tiny_io.pth"));
        var input = recorded["input"];
        var noisy = new Image("recorded", 1, (int)input.shape[2], (int)input.shape[3], input.data<float>().ToArray());

        var denoised = Denoise(model, noisy);

        // The framework clamps a residual network's output to [0, 1]; PyTorch's was recorded unclamped.
        var expected = recorded["output"].clamp(0, 1).data<float>().ToArray();
        var largest = expected.Zip(denoised, (a, b) => Math.Abs(a - b)).Max();
        Assert.True(largest <= 1e-5, $"largest difference from PyTorch's output: {largest}");
        Assert.Contains(expected, value => value is > 0.05f and < 0.95f); // not all clamped away
        foreach (var tensor in recorded.Values)
            tensor.Dispose();
    }

    [Fact]
    public void A_state_dict_that_does_not_fit_names_the_missing_and_unexpected_keys_and_the_wrong_shapes()
    {
        var broken = StateDictFile.Read(Path.Combine(Fixtures, "kair_dncnn_tiny.pth"));
        broken.Remove("model.2.bias");
        broken["model.6.weight"] = zeros(1, 4, 3, 3);
        broken["model.0.weight"] = zeros(4, 3, 3, 3);
        var path = _temp.PathOf("broken.pth");
        StateDictFile.Write(path, StateDictFile.PyTorch, broken);

        var error = Assert.Throws<InvalidDataException>(() => Import(path, "dncnn", DnCnnTiny, _temp.PathOf("broken.model")));

        Assert.Contains($"'{path}' does not fit DnCnn built for 1x64x64 images", error.Message);
        Assert.Contains("missing keys: model.2.bias", error.Message);
        Assert.Contains("unexpected keys: model.6.weight", error.Message);
        Assert.Contains("model.0.weight is [4, 3, 3, 3] in the file, [4, 1, 3, 3] in the network", error.Message);
        Assert.False(File.Exists(_temp.PathOf("broken.model")));
    }

    [Fact]
    public void A_file_of_neither_format_and_a_pre_zip_torch_save_are_refused_naming_the_file()
    {
        var text = _temp.File("notes.pth", "not a state dict");
        var legacy = _temp.PathOf("legacy.pth");
        File.WriteAllBytes(legacy, [0x80, 0x02, 0x8a, 0x0a]);

        var neither = Assert.Throws<InvalidDataException>(() => StateDictFile.Read(text));
        var old = Assert.Throws<InvalidDataException>(() => StateDictFile.Read(legacy));

        Assert.Contains($"'{text}' is neither a PyTorch state dict", neither.Message);
        Assert.Contains($"'{legacy}' was written by torch.save before PyTorch 1.6", old.Message);
    }

    [Fact]
    public void Import_binds_the_options_as_a_config_does_and_reports_an_unknown_one()
    {
        var error = Assert.Throws<Denoising.Host.Configuration.ConfigException>(() =>
            Import(Path.Combine(Fixtures, "kair_dncnn_tiny.pth"), "dncnn", ["depht=3"], _temp.PathOf("x.model")));

        Assert.Contains(error.Errors, e => e.ToString().Contains("denoiser.depht: unknown key"));
    }

    [Fact]
    public void An_imported_model_denoises_in_a_config_by_model_file_relative_to_the_config()
    {
        Import(Path.Combine(Fixtures, "kair_dncnn_tiny.pth"), "dncnn", DnCnnTiny, _temp.PathOf("experiment/models/kair.model"));
        var config = _temp.File("experiment/kair.yaml", """
            name: kair
            seed: 1
            threads: 1
            datasets:
              shapes: { source: { type: synthetic, count: 4, height: 16, width: 16, seed: 3 } }
            steps:
              - { id: noisy, kind: noise, input: shapes, noise: { type: gaussian, sigma: 0.1 } }
              - { id: denoised, kind: denoise, model_file: models/kair.model, input: noisy }
              - { id: scores, kind: evaluate, reference: shapes, inputs: [noisy, denoised] }
            """);
        var experiment = _services.GetRequiredService<ExperimentLoader>().Load(config, [], []);
        var directory = new RunDirectory(_temp.PathOf("run"));

        _services.GetRequiredService<ExperimentRunner>().Run(experiment, directory, CancellationToken.None);

        var metrics = File.ReadAllLines(Path.Combine(directory.Path, "metrics.csv"));
        Assert.Contains(metrics, line => line.StartsWith("scores,denoised,psnr,", StringComparison.Ordinal));
    }

    [Fact]
    public void A_model_file_that_does_not_exist_is_a_config_error_naming_the_step()
    {
        var config = _temp.File("missing/x.yaml", """
            name: x
            datasets:
              shapes: { source: { type: synthetic, count: 2, height: 8, width: 8 } }
            steps:
              - { id: denoised, kind: denoise, model_file: models/none.model, input: shapes }
            """);
        var experiment = _services.GetRequiredService<ExperimentLoader>().Load(config, [], []);

        var error = Assert.Throws<Denoising.Host.Configuration.ConfigException>(() =>
            _services.GetRequiredService<ExperimentRunner>().Run(experiment, new RunDirectory(_temp.PathOf("missing-run")), CancellationToken.None));

        Assert.Contains(error.Errors, e => e.ToString().Contains("steps.denoised.model_file") && e.ToString().Contains("none.model"));
    }

    [Fact]
    public void Export_and_import_on_the_command_line_write_the_files_and_refuse_a_missing_type()
    {
        var exported = _temp.PathOf("cli/model.pth");

        var export = DenoiseCli.Run("export", run.Directory.Path, "--format", "pytorch", "--out", exported);
        var import = DenoiseCli.Run("import", exported, "--type", "conv-ae", "--set", "channels=[8, 8]", "--out", _temp.PathOf("cli/model.model"));
        var untyped = DenoiseCli.Run("import", exported, "--out", _temp.PathOf("cli/other.model"));

        Assert.True(export.ExitCode == 0, export.Errors + export.Output);
        Assert.True(File.Exists(ModelDescriptionFile.PathFor(exported)));
        Assert.True(import.ExitCode == 0, import.Errors + import.Output);
        Assert.Equal("conv-ae", ModelDescriptionFile.Read(_temp.PathOf("cli/model.model")).DenoiserType);
        Assert.Equal(2, untyped.ExitCode);
        Assert.Contains("--type", untyped.Errors);
    }

    private ModelExporter Exporter => _services.GetRequiredService<ModelExporter>();

    private string Import(string stateDict, string type, string[] settings, string modelPath)
    {
        _services.GetRequiredService<ModelImporter>().Import(stateDict, type, settings, new ImageShape(1, 64, 64), modelPath, [], Cpu);
        return modelPath;
    }

    private float[] Denoise(string modelPath, Image noisy) => TestModels.Denoise(_services, modelPath, noisy);

    private void WriteInitialisedStateDict(string type, string[] settings, ImageShape shape, string path) =>
        TestModels.WriteInitialisedStateDict(_services, type, settings, shape, path);

    private static List<string> StateDictKeys(string path)
    {
        var state = StateDictFile.Read(path);
        foreach (var tensor in state.Values)
            tensor.Dispose();
        return [.. state.Keys];
    }

    private static Image TestImage(int channels, int height, int width) => TestModels.PatternImage(channels, height, width);

    public void Dispose() => _temp.Dispose();
}

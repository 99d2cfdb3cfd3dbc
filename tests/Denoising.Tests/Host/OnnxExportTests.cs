using Denoising.Abstractions;
using Denoising.Host.Models;
using Denoising.Host.Models.Onnx;
using Denoising.Torch;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.ML.OnnxRuntime;
using static TorchSharp.torch;

namespace Denoising.Tests.Host;

/// <summary>export --format onnx: the exported graph runs in ONNX Runtime and denoises as the framework does.</summary>
public sealed class OnnxExportTests(TrainedRun run) : IClassFixture<TrainedRun>, IDisposable
{
    private const double Tolerance = 1e-4;

    private readonly TempDirectory _temp = new();
    private readonly IServiceProvider _services = HostFixture.WithInTreePlugins();

    [Theory]
    [InlineData("conv-ae", 1, new[] { "channels=[4, 8]" })]
    [InlineData("conv-ae", 3, new[] { "channels=[4, 8]", "upsampling=transposed" })]
    [InlineData("dncnn", 1, new[] { "depth=4", "width=6" })]
    [InlineData("dncnn", 3, new[] { "depth=3", "width=4", "batch_norm=false" })]
    [InlineData("unet", 1, new[] { "channels=[4, 8, 8]", "blocks=1" })]
    public void An_onnx_export_runs_in_onnx_runtime_as_torchsharp_denoises_on_two_sizes(string type, int channels, string[] settings)
    {
        var model = TestModels.CreateInitialisedModel(_services, type, settings, new ImageShape(channels, 16, 16), _temp.Path);
        var exported = _temp.PathOf($"{type}.onnx");
        Exporter.Export(model, OnnxModelFile.Format, exported, [], TestModels.Cpu);

        using var session = new InferenceSession(exported);
        foreach (var (height, width) in new[] { (20, 24), (13, 11) }) // the second is padded to the multiple and cropped back
        {
            var noisy = TestModels.PatternImage(channels, height, width);
            var expected = TestModels.Denoise(_services, model, noisy);
            AssertClose(expected, Run(session, noisy));
            Assert.Contains(expected, value => value is > 0.05f and < 0.95f); // not all clamped away
        }
    }

    [Fact]
    public void A_dense_ae_export_takes_the_size_it_was_built_for_and_denoises_as_torchsharp()
    {
        var model = TestModels.CreateInitialisedModel(_services, "dense-ae", ["hidden=[16]"], new ImageShape(1, 6, 5), _temp.Path);
        var exported = _temp.PathOf("dense-ae.onnx");
        Exporter.Export(model, OnnxModelFile.Format, exported, [], TestModels.Cpu);

        using var session = new InferenceSession(exported);
        var noisy = TestModels.PatternImage(1, 6, 5);
        AssertClose(TestModels.Denoise(_services, model, noisy), Run(session, noisy));
        Assert.Equal([-1, 1, 6, 5], session.InputMetadata[OnnxModelFile.InputName].Dimensions);
    }

    [Fact]
    public void The_cli_exports_a_run_as_onnx_with_its_description_inside()
    {
        var exported = _temp.PathOf("cli/model.onnx");

        var export = DenoiseCli.Run("export", run.Directory.Path, "--format", "onnx", "--out", exported);

        Assert.True(export.ExitCode == 0, export.Errors + export.Output);
        Assert.False(File.Exists(ModelDescriptionFile.PathFor(exported)));
        using var session = new InferenceSession(exported);
        Assert.Contains("\"conv-ae\"", session.ModelMetadata.CustomMetadataMap[OnnxModelFile.DescriptionKey]);
        Assert.Equal([-1, 1, -1, -1], session.InputMetadata[OnnxModelFile.InputName].Dimensions); // any size
    }

    [Fact]
    public void A_layer_with_no_onnx_mapping_is_refused_by_its_name_and_type()
    {
        using var network = nn.Sequential(("conv", nn.Conv2d(1, 1, 3)), ("squash", nn.Tanh()));
        network.eval();

        var error = Assert.Throws<NotSupportedException>(() => new OnnxGraphBuilder().Add(network, "input", scope: ""));

        Assert.Contains("'squash' is a Tanh", error.Message);
    }

    private ModelExporter Exporter => _services.GetRequiredService<ModelExporter>();

    private static float[] Run(InferenceSession session, Image image)
    {
        using var input = OrtValue.CreateTensorValueFromMemory(image.Pixels.ToArray(), [1, image.Channels, image.Height, image.Width]);
        using var runOptions = new RunOptions();
        using var outputs = session.Run(runOptions, [OnnxModelFile.InputName], [input], [OnnxModelFile.OutputName]);
        return outputs[0].GetTensorDataAsSpan<float>().ToArray();
    }

    private static void AssertClose(float[] expected, float[] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        var largest = expected.Zip(actual, (a, b) => Math.Abs(a - b)).Max();
        Assert.True(largest <= Tolerance, $"largest difference from TorchSharp's output: {largest}");
    }

    public void Dispose() => _temp.Dispose();
}

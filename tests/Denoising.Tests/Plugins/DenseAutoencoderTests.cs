using Denoising.Plugins.DenseAE;
using Denoising.Tests.Torch.Support;
using Denoising.Torch;
using Denoising.Torch.Training;
using static TorchSharp.torch;

namespace Denoising.Tests.Plugins;

public sealed class DenseAutoencoderTests
{
    public DenseAutoencoderTests() => Denoising.Torch.TorchCompute.Apply(TestContexts.Cpu);

    [Theory]
    [InlineData(1, 50, 37)]
    [InlineData(3, 13, 7)]
    public void The_network_maps_a_batch_to_the_same_shape_in_the_unit_interval(int channels, int height, int width)
    {
        using var network = SeededConstruction.Build(1, () => DenseAutoencoderNetwork.Create(new ImageShape(channels, height, width), [16, 8, 16]));
        using var input = UniformTensors.Create(2, channels, height, width);

        using var output = network.call(input);

        Assert.Equal(input.shape, output.shape);
        Assert.True(output.min().item<float>() >= 0 && output.max().item<float>() <= 1);
    }

    [Fact]
    public void Default_hidden_layers_are_the_reference_784_512_784()
    {
        using var network = SeededConstruction.Build(1, () => DenseAutoencoderNetwork.Create(new ImageShape(1, 28, 28), new DenseAutoencoderOptions().Hidden));

        var parameterCount = network.parameters().Sum(parameter => parameter.numel());

        Assert.Equal(784 * 512 + 512 + 512 * 784 + 784, parameterCount);
    }

    [Fact]
    public void A_tiny_dense_autoencoder_learns_to_denoise()
    {
        using var fixture = new TrainingFixture();
        using var denoiser = new DenseAutoencoder(new DenseAutoencoderOptions { Hidden = [32] }, TestContexts.Create());
        var options = TrainingFixture.Options(epochs: 20);
        options.LearningRate = 3e-3;

        LearningAssertions.TrainsAndDenoises(denoiser, fixture, options, marginDb: 1);
    }

    [Fact]
    public void Weights_of_other_hidden_sizes_are_refused_naming_the_file()
    {
        using var fixture = new TrainingFixture();
        using var wide = new DenseAutoencoder(new DenseAutoencoderOptions { Hidden = [16] }, TestContexts.Create());
        wide.Train(fixture.Data, TrainingFixture.Options(epochs: 1), CancellationToken.None);
        var path = Path.Combine(fixture.CheckpointDirectory, "wide.weights");
        wide.Save(path);
        using var narrow = new DenseAutoencoder(new DenseAutoencoderOptions { Hidden = [8] }, TestContexts.Create());

        var error = Assert.Throws<InvalidDataException>(() => narrow.Load(path));

        Assert.Contains(path, error.Message);
        Assert.Contains("same architecture options", error.Message);
        Assert.Null(narrow.NetworkShape);
        Assert.Throws<InvalidOperationException>(() => narrow.Denoise(fixture.HeldOutNoisy, CancellationToken.None));
    }

    [Fact]
    public void Options_validation_names_the_bad_values()
    {
        Assert.Empty(OptionsAssertions.Errors(new DenseAutoencoderOptions()));
        Assert.NotEmpty(OptionsAssertions.Errors(new DenseAutoencoderOptions { Hidden = [] }));
        Assert.Contains("hidden[1] is 0", Assert.Single(OptionsAssertions.Errors(new DenseAutoencoderOptions { Hidden = [8, 0] })));
        Assert.NotEmpty(OptionsAssertions.Errors(new DenseAutoencoderOptions { InferenceBatchSize = 0 }));
        OptionsAssertions.EveryPropertyIsDescribed(typeof(DenseAutoencoderOptions));
    }

    [Fact]
    public void The_plugin_registers_dense_ae() =>
        PluginAssertions.RegistersDenoiser<DenseAutoencoderPlugin, DenseAutoencoderOptions, DenseAutoencoder>("dense-ae");
}

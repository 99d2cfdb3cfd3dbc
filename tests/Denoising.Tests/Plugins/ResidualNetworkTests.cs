using Denoising.Abstractions;
using Denoising.Plugins.Residual;
using Denoising.Tests.Torch.Support;
using Denoising.Torch;
using Denoising.Torch.Training;
using static TorchSharp.torch;

namespace Denoising.Tests.Plugins;

public sealed class ResidualNetworkTests
{
    public ResidualNetworkTests() => TorchCompute.Apply(TestContexts.Cpu);

    [Fact]
    public void Dncnn_has_the_layer_layout_and_parameter_names_of_kairs_dncnn()
    {
        // KAIR's DnCNN(nb=4, act_mode='BR'): 0 conv, 1 ReLU, (2 conv, 3 BN, 4 ReLU) x 2 as 2-7, 8 conv; every conv biased.
        using var network = SeededConstruction.Build(1, () => new DnCnnNetwork(3, new DnCnnOptions { Depth = 4, Width = 8 }));

        var parameters = network.state_dict();

        Assert.Equal(
        new[]
        {
            "model.0.weight", "model.0.bias",
            "model.2.weight", "model.2.bias", "model.3.weight", "model.3.bias", "model.3.running_mean", "model.3.running_var", "model.3.num_batches_tracked",
            "model.5.weight", "model.5.bias", "model.6.weight", "model.6.bias", "model.6.running_mean", "model.6.running_var", "model.6.num_batches_tracked",
            "model.8.weight", "model.8.bias",
        }.Order(StringComparer.Ordinal), parameters.Keys.Order(StringComparer.Ordinal));
        Assert.Equal([8L, 3, 3, 3], parameters["model.0.weight"].shape);
        Assert.Equal([3L, 8, 3, 3], parameters["model.8.weight"].shape);
    }

    [Fact]
    public void Dncnn_without_batch_norm_has_the_layout_of_kairs_published_weights()
    {
        // KAIR's DnCNN(nb=4, act_mode='R'): conv, ReLU, conv, ReLU, conv, ReLU, conv.
        using var network = SeededConstruction.Build(1, () => new DnCnnNetwork(1, new DnCnnOptions { Depth = 4, Width = 8, BatchNorm = false }));

        Assert.Equal(
            ["model.0.weight", "model.0.bias", "model.2.weight", "model.2.bias", "model.4.weight", "model.4.bias", "model.6.weight", "model.6.bias"],
            network.state_dict().Keys);
    }

    [Fact]
    public void Dncnn_subtracts_the_noise_it_predicts_and_leaves_its_output_unclamped()
    {
        using var network = SeededConstruction.Build(1, () => new DnCnnNetwork(1, new DnCnnOptions { Depth = 3, Width = 4 }));
        network.eval();
        using var input = UniformTensors.Create(1, 1, 5, 6) * 3 - 1;   // values in [-1, 2]
        using var noGrad = no_grad();
        using var predictedNoise = NoiseOf(network, input);

        using var output = network.call(input);

        Assert.True(output.allclose(input - predictedNoise, atol: 1e-6));
        using (no_grad())
        {
            network.state_dict()["model.5.weight"].zero_();
            network.state_dict()["model.5.bias"].zero_();
        }
        using var identity = network.call(input);
        Assert.True(identity.allclose(input, rtol: 0, atol: 0), "with a zero last layer the network predicts no noise and returns its input as is");
    }

    [Theory]
    [InlineData(1, 13, 17, new[] { 4, 8, 8 })]
    [InlineData(3, 13, 17, new[] { 4, 8 })]
    [InlineData(1, 5, 3, new[] { 4, 4, 4, 4 })]
    public void The_unet_keeps_any_image_size(int channels, int height, int width, int[] levels)
    {
        var options = new UNetOptions { Channels = levels, Blocks = 1 };
        using var network = SeededConstruction.Build(1, () => new PadToMultiple(
            new UNetNetwork(channels, options), UNetNetwork.SizeMultiple(levels.Length)));
        using var input = UniformTensors.Create(2, channels, height, width);

        using var output = network.call(input);

        Assert.Equal(input.shape, output.shape);
    }

    [Fact]
    public void The_unet_halves_the_resolution_once_per_further_level()
    {
        var options = new UNetOptions { Channels = [4, 8, 16], Blocks = 2 };
        using var network = SeededConstruction.Build(1, () => new UNetNetwork(1, options));

        var strided = network.modules().OfType<TorchSharp.Modules.Conv2d>().Where(conv => conv.stride!.All(s => s == 2)).ToArray();
        var transposed = network.modules().OfType<TorchSharp.Modules.ConvTranspose2d>().ToArray();

        Assert.Equal(2, strided.Length);
        Assert.Equal(2, transposed.Length);
        // Blocks per level: 2 down + 2 up at levels 0 and 1, 2 at the bottom.
        Assert.Equal(10, network.modules().OfType<ResidualBlock>().Count());
        Assert.Equal(4, UNetNetwork.SizeMultiple(3));
    }

    [Fact]
    public void A_tiny_dncnn_learns_to_denoise()
    {
        using var fixture = new TrainingFixture();
        using var denoiser = new DnCnn(new DnCnnOptions { Depth = 4, Width = 8 }, TestContexts.Create());

        LearningAssertions.TrainsAndDenoises(denoiser, fixture, TrainingFixture.Options(epochs: 6), marginDb: 1);
    }

    [Fact]
    public void A_tiny_unet_learns_to_denoise_and_then_denoises_odd_sizes()
    {
        using var fixture = new TrainingFixture();
        using var denoiser = new UNet(new UNetOptions { Channels = [8, 16], Blocks = 1 }, TestContexts.Create());

        LearningAssertions.TrainsAndDenoises(denoiser, fixture, TrainingFixture.Options(epochs: 6), marginDb: 1);
        var odd = SmoothPatterns.Create(2, 1, 13, 17, seed: 11);
        var oddDenoised = denoiser.Denoise(odd, CancellationToken.None);

        Assert.All(oddDenoised.Zip(odd), pair => Assert.True(pair.First.SameShapeAs(pair.Second)));
        Assert.All(oddDenoised, image => Assert.All(image.Pixels, p => Assert.InRange(p, 0f, 1f)));
    }

    [Theory]
    [InlineData(ResidualPlugin.DnCnnName)]
    [InlineData(ResidualPlugin.UNetName)]
    public void Residual_networks_refuse_the_bce_loss_before_training(string name)
    {
        using var fixture = new TrainingFixture(trainCount: 4);
        var denoiser = name == ResidualPlugin.DnCnnName
            ? (ITrainableDenoiser)new DnCnn(new DnCnnOptions { Depth = 3, Width = 4 }, TestContexts.Create())
            : new UNet(new UNetOptions { Channels = [4] }, TestContexts.Create());
        using var weights = (IDisposable)denoiser;

        var error = Assert.Throws<ArgumentException>(() => denoiser.Train(fixture.Data, TrainingFixture.Options(epochs: 1, loss: "bce"), CancellationToken.None));

        Assert.Contains("loss 'bce'", error.Message);
        Assert.Contains("use loss: mse or l1", error.Message);
        Assert.Empty(Directory.EnumerateFileSystemEntries(fixture.CheckpointDirectory));
    }

    [Fact]
    public void Options_validation_names_the_bad_values()
    {
        Assert.Empty(OptionsAssertions.Errors(new DnCnnOptions()));
        Assert.Empty(OptionsAssertions.Errors(new UNetOptions()));
        Assert.NotEmpty(OptionsAssertions.Errors(new DnCnnOptions { Depth = 1 }));
        Assert.NotEmpty(OptionsAssertions.Errors(new DnCnnOptions { Width = 0 }));
        Assert.Contains("channels[1] is 0", Assert.Single(OptionsAssertions.Errors(new UNetOptions { Channels = [8, 0] })));
        Assert.Contains("at most 6", Assert.Single(OptionsAssertions.Errors(new UNetOptions { Channels = [1, 1, 1, 1, 1, 1, 1] })));
        Assert.NotEmpty(OptionsAssertions.Errors(new UNetOptions { Channels = [] }));
        Assert.NotEmpty(OptionsAssertions.Errors(new UNetOptions { Blocks = 0 }));
        OptionsAssertions.EveryPropertyIsDescribed(typeof(DnCnnOptions));
        OptionsAssertions.EveryPropertyIsDescribed(typeof(UNetOptions));
    }

    [Fact]
    public void The_plugin_registers_dncnn_and_unet() =>
        PluginAssertions.RegistersDenoisers<ResidualPlugin>(
            (ResidualPlugin.DnCnnName, typeof(DnCnnOptions), typeof(DnCnn)),
            (ResidualPlugin.UNetName, typeof(UNetOptions), typeof(UNet)));

    private static Tensor NoiseOf(DnCnnNetwork network, Tensor input)
    {
        var layers = network.named_children().Single().module;
        return ((nn.Module<Tensor, Tensor>)layers).call(input);
    }
}

using Denoising.Plugins.ConvAE;
using Denoising.Tests.Torch.Support;
using Denoising.Torch;
using Denoising.Torch.Training;
using static TorchSharp.torch;

namespace Denoising.Tests.Plugins;

public sealed class ConvAutoencoderTests
{
    public ConvAutoencoderTests() => Denoising.Torch.TorchCompute.Apply(TestContexts.Cpu);

    [Theory]
    [InlineData(1, 50, 37, "nearest", new[] { 32, 32 })]
    [InlineData(1, 13, 7, "nearest", new[] { 32, 32 })]
    [InlineData(3, 50, 37, "transposed", new[] { 4, 8 })]
    [InlineData(3, 13, 7, "transposed", new[] { 4, 4, 4 })]
    [InlineData(1, 5, 3, "nearest", new[] { 4, 4, 4 })]
    public void The_network_keeps_any_image_size(int channels, int height, int width, string upsampling, int[] levels)
    {
        var options = new ConvAutoencoderOptions { Channels = levels, Upsampling = upsampling };
        using var network = SeededConstruction.Build(1, () => ConvAutoencoderNetwork.Create(new ImageShape(channels, height, width), options));
        using var input = UniformTensors.Create(2, channels, height, width);

        using var output = network.call(input);

        Assert.Equal(input.shape, output.shape);
        Assert.True(output.min().item<float>() >= 0 && output.max().item<float>() <= 1);
    }

    [Fact]
    public void Defaults_build_the_reference_network()
    {
        // conv 1-32, pool, conv 32-32, pool, conv 32-32, up, conv 32-32, up, conv 32-1, all 3x3 with biases.
        const int reference = (9 * 1 * 32 + 32) + 3 * (9 * 32 * 32 + 32) + (9 * 32 * 1 + 1);
        using var network = SeededConstruction.Build(1, () => ConvAutoencoderNetwork.Create(new ImageShape(1, 28, 28), new ConvAutoencoderOptions()));

        var convolutionShapes = network.parameters().Where(parameter => parameter.dim() == 4)
            .Select(parameter => string.Join("x", parameter.shape)).ToArray();

        Assert.Equal(reference, network.parameters().Sum(parameter => parameter.numel()));
        Assert.Equal(["32x1x3x3", "32x32x3x3", "32x32x3x3", "32x32x3x3", "1x32x3x3"], convolutionShapes);
    }

    [Fact]
    public void Transposed_upsampling_adds_a_stride_two_transposed_convolution_per_level()
    {
        var options = new ConvAutoencoderOptions { Channels = [8, 16], Upsampling = "transposed" };
        using var network = SeededConstruction.Build(1, () => ConvAutoencoderNetwork.Create(new ImageShape(1, 16, 16), options));

        var transposed = network.modules().OfType<TorchSharp.Modules.ConvTranspose2d>().ToArray();

        Assert.Equal(2, transposed.Length);
        Assert.All(transposed, layer => Assert.Equal([2L, 2L], layer.stride));
    }

    [Fact]
    public void A_tiny_conv_autoencoder_learns_to_denoise_and_then_denoises_other_sizes()
    {
        using var fixture = new TrainingFixture();
        using var denoiser = new ConvAutoencoder(new ConvAutoencoderOptions { Channels = [8, 8] }, TestContexts.Create());
        var options = TrainingFixture.Options(epochs: 8);
        options.LearningRate = 1e-2;

        LearningAssertions.TrainsAndDenoises(denoiser, fixture, options, marginDb: 1);
        var odd = SmoothPatterns.Create(2, 1, 13, 7, seed: 11);
        var oddDenoised = denoiser.Denoise(odd, CancellationToken.None);

        Assert.All(oddDenoised.Zip(odd), pair => Assert.True(pair.First.SameShapeAs(pair.Second)));
    }

    [Fact]
    public void Images_with_another_channel_count_are_refused()
    {
        using var fixture = new TrainingFixture();
        using var denoiser = new ConvAutoencoder(new ConvAutoencoderOptions { Channels = [4] }, TestContexts.Create());
        denoiser.Train(fixture.Data, TrainingFixture.Options(epochs: 1), CancellationToken.None);
        var colour = SmoothPatterns.Create(1, 3, 12, 12, seed: 3);

        var error = Assert.Throws<ArgumentException>(() => denoiser.Denoise(colour, CancellationToken.None));

        Assert.Contains("image 'pattern0' has shape 3x12x12", error.Message);
    }

    [Fact]
    public void Options_validation_names_the_bad_values()
    {
        Assert.Empty(OptionsAssertions.Errors(new ConvAutoencoderOptions()));
        Assert.Contains("kernel_size is 4", Assert.Single(OptionsAssertions.Errors(new ConvAutoencoderOptions { KernelSize = 4 })));
        Assert.Contains("channels[0] is 0", Assert.Single(OptionsAssertions.Errors(new ConvAutoencoderOptions { Channels = [0, 8] })));
        Assert.NotEmpty(OptionsAssertions.Errors(new ConvAutoencoderOptions { Channels = [] }));
        Assert.NotEmpty(OptionsAssertions.Errors(new ConvAutoencoderOptions { Upsampling = "bilinear" }));
        OptionsAssertions.EveryPropertyIsDescribed(typeof(ConvAutoencoderOptions));
    }

    [Fact]
    public void The_plugin_registers_conv_ae() =>
        PluginAssertions.RegistersDenoiser<ConvAutoencoderPlugin, ConvAutoencoderOptions, ConvAutoencoder>("conv-ae");
}

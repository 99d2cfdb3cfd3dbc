using Denoising.Abstractions;
using Denoising.Tests.Torch.Support;
using Denoising.Torch;
using static TorchSharp.torch;

namespace Denoising.Tests.Torch;

public sealed class TorchDenoiserPersistenceTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("denoising-weights-tests-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Saved_weights_loaded_into_a_new_instance_give_identical_outputs()
    {
        using var fixture = new TrainingFixture();
        using var trained = new TinyConvDenoiser();
        trained.Train(fixture.Data, TrainingFixture.Options(epochs: 2), CancellationToken.None);
        var path = Path.Combine(_folder, "model.weights");

        trained.Save(path);
        using var loaded = new TinyConvDenoiser();
        loaded.Load(path);

        Assert.Equal(new ImageShape(1, 12, 12), loaded.NetworkShape);
        var expected = trained.Denoise(fixture.HeldOutNoisy, CancellationToken.None);
        var actual = loaded.Denoise(fixture.HeldOutNoisy, CancellationToken.None);
        Assert.Equal(expected.Select(image => image.Pixels), actual.Select(image => image.Pixels));
        Assert.Empty(Directory.GetFiles(_folder, "*.partial-*"));
    }

    [Fact]
    public void Denoise_keeps_ids_and_shapes_across_batches_and_clamps_to_the_unit_range()
    {
        using var fixture = new TrainingFixture();
        using var denoiser = new TinyConvDenoiser(inferenceBatchSize: 3);
        denoiser.Train(fixture.Data, TrainingFixture.Options(epochs: 1), CancellationToken.None);
        var path = Path.Combine(_folder, "model.weights");
        denoiser.Save(path);
        using var oneByOne = new TinyConvDenoiser(inferenceBatchSize: 1);
        oneByOne.Load(path);

        var batched = denoiser.Denoise(fixture.HeldOutNoisy, CancellationToken.None);
        var single = oneByOne.Denoise(fixture.HeldOutNoisy, CancellationToken.None);

        Assert.Equal(fixture.HeldOutNoisy.Select(image => image.Id), batched.Select(image => image.Id));
        Assert.All(batched.Zip(fixture.HeldOutNoisy), pair => Assert.True(pair.First.SameShapeAs(pair.Second)));
        Assert.All(batched, image => Assert.All(image.Pixels, value => Assert.InRange(value, 0f, 1f)));
        for (var i = 0; i < batched.Count; i++)
            Assert.Equal(single[i].Pixels, batched[i].Pixels, (x, y) => Math.Abs(x - y) < 1e-6);
    }

    [Fact]
    public void Denoising_before_training_or_loading_fails_clearly()
    {
        using var fixture = new TrainingFixture();
        using var denoiser = new TinyConvDenoiser();

        var error = Assert.Throws<InvalidOperationException>(
            () => denoiser.Denoise(fixture.HeldOutNoisy, CancellationToken.None));

        Assert.Contains("train it or load saved weights", error.Message);
    }

    [Fact]
    public void An_image_of_another_shape_is_rejected_by_id()
    {
        using var fixture = new TrainingFixture();
        using var denoiser = new TinyConvDenoiser();
        denoiser.Train(fixture.Data, TrainingFixture.Options(epochs: 1), CancellationToken.None);
        var odd = SmoothPatterns.Create(1, 1, 13, 7, seed: 5)[0];

        var error = Assert.Throws<ArgumentException>(() => denoiser.Denoise([odd], CancellationToken.None));

        Assert.Contains("built for 1x12x12 images; image 'pattern0' has shape 1x13x7", error.Message);
    }

    [Fact]
    public void Weights_of_another_denoiser_type_are_refused()
    {
        using var fixture = new TrainingFixture();
        using var trained = new TinyConvDenoiser();
        trained.Train(fixture.Data, TrainingFixture.Options(epochs: 1), CancellationToken.None);
        var path = Path.Combine(_folder, "model.weights");
        trained.Save(path);
        using var other = new OtherDenoiser();

        var error = Assert.Throws<InvalidDataException>(() => other.Load(path));

        Assert.Contains(typeof(TinyConvDenoiser).FullName!, error.Message);
        Assert.Null(other.NetworkShape);
    }

    [Fact]
    public void A_file_that_is_not_a_weights_file_is_refused_by_path()
    {
        var path = Path.Combine(_folder, "notes.txt");
        File.WriteAllText(path, "not weights");
        using var denoiser = new TinyConvDenoiser();

        var error = Assert.Throws<InvalidDataException>(() => denoiser.Load(path));

        Assert.Contains(path, error.Message);
        Assert.Throws<FileNotFoundException>(() => denoiser.Load(Path.Combine(_folder, "missing.weights")));
    }

    [Fact]
    public void Saving_without_weights_fails_clearly()
    {
        using var denoiser = new TinyConvDenoiser();

        var error = Assert.Throws<InvalidOperationException>(() => denoiser.Save(Path.Combine(_folder, "x.weights")));

        Assert.Contains("no weights to save", error.Message);
    }

    private sealed class OtherDenoiser() : TorchDenoiser<TorchDenoiserOptions>(new TorchDenoiserOptions(), TestContexts.Create())
    {
        protected override nn.Module<Tensor, Tensor> CreateNetwork(ImageShape shape) =>
            nn.Sequential(nn.Conv2d(shape.Channels, shape.Channels, 1), nn.Sigmoid());
    }
}

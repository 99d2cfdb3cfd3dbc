using Denoising.Abstractions;
using Denoising.Host.Evaluation;

namespace Denoising.Tests.Evaluation;

public sealed class ImageSetEvaluatorTests
{
    private readonly ImageSetEvaluator _evaluator = new(BuiltInMetrics.Named("mse", "psnr"));

    private static readonly Image[] Clean =
        [TestImages.Constant("b", 1, 8, 8, 0.5), TestImages.Constant("a", 1, 8, 8, 0.25)];

    [Fact]
    public void Matches_images_by_id_and_averages_per_input_and_metric()
    {
        // Differences 0.5 for "a" and 0.125 for "b": exact in float, so MSE is exact.
        NamedImageSet noisy = new("noisy", [TestImages.Constant("a", 1, 8, 8, 0.75), TestImages.Constant("b", 1, 8, 8, 0.625)]);
        NamedImageSet same = new("same", Clean);

        var result = _evaluator.Evaluate(Clean, [noisy, same]);

        Assert.Equal(0.25, Value(result, "noisy", "a", "mse"));
        Assert.Equal(0.015625, Value(result, "noisy", "b", "mse"));
        Assert.Equal((0.25 + 0.015625) / 2, result.Mean("noisy", "mse"));
        Assert.Equal((10 * Math.Log10(4) + 10 * Math.Log10(64)) / 2, result.Mean("noisy", "psnr"), 1e-12);
        Assert.Equal(0, result.Mean("same", "mse"));
        Assert.Equal(
            [("noisy", "mse"), ("noisy", "psnr"), ("same", "mse"), ("same", "psnr")],
            result.Means.Select(mean => (mean.Input, mean.Metric)));
        Assert.All(result.Means, mean => Assert.Equal(2, mean.ImageCount));
        Assert.Equal(["b", "a"], result.PerImage.Take(2).Select(value => value.ImageId));
        Assert.Equal(8, result.PerImage.Count);
    }

    [Fact]
    public void Missing_ids_are_named()
    {
        NamedImageSet partial = new("denoised", [TestImages.Constant("a", 1, 8, 8, 0.3)]);

        var error = Assert.Throws<ArgumentException>(() => _evaluator.Evaluate(Clean, [partial]));
        Assert.Contains("'denoised'", error.Message);
        Assert.Contains("'b'", error.Message);
    }

    [Fact]
    public void Ids_outside_the_reference_are_named()
    {
        NamedImageSet extra = new("noisy", [.. Clean, TestImages.Constant("z", 1, 8, 8, 0.3)]);

        var error = Assert.Throws<ArgumentException>(() => _evaluator.Evaluate(Clean, [extra]));
        Assert.Contains("'z'", error.Message);
    }

    [Fact]
    public void Shape_mismatch_names_input_and_image()
    {
        NamedImageSet resized = new("noisy", [Clean[0], TestImages.Constant("a", 1, 8, 9, 0.3)]);

        var error = Assert.Throws<ArgumentException>(() => _evaluator.Evaluate(Clean, [resized]));
        Assert.Contains("'noisy'", error.Message);
        Assert.Contains("a (1x8x9)", error.Message);
    }

    [Fact]
    public void Duplicate_ids_and_input_names_are_rejected()
    {
        Image[] twice = [Clean[0], Clean[0]];

        Assert.Contains("'b'", Assert.Throws<ArgumentException>(() => _evaluator.Evaluate(twice, [])).Message);
        Assert.Contains("'x'", Assert.Throws<ArgumentException>(
            () => _evaluator.Evaluate(Clean, [new("x", Clean), new("x", Clean)])).Message);
    }

    [Fact]
    public void Stops_when_cancelled()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(
            () => _evaluator.Evaluate(Clean, [new("same", Clean)], cancellation.Token));
    }

    [Fact]
    public void A_metric_name_listed_twice_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => new ImageSetEvaluator(BuiltInMetrics.Named("psnr", "mse", "psnr")));

        Assert.Contains("Metric name 'psnr' is used more than once", error.Message);
    }

    private static double Value(EvaluationResult result, string input, string image, string metric) =>
        result.PerImage.Single(value => value.Input == input && value.ImageId == image && value.Metric == metric).Value;
}

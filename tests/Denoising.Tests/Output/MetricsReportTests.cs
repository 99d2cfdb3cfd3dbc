using System.Globalization;
using System.Text.Json;
using Denoising.Host.Evaluation;
using Denoising.Host.Output;
using Denoising.Tests.Evaluation;

namespace Denoising.Tests.Output;

public sealed class MetricsReportTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Csv_files_read_back_to_the_same_rows_and_exact_values()
    {
        var report = SampleReport();
        var previousCulture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE"); // decimal comma must not leak in
        try
        {
            report.WriteTo(_temp.Path);
        }
        finally
        {
            CultureInfo.CurrentCulture = previousCulture;
        }

        var means = CsvTestReader.Read(_temp.PathOf(MetricsReport.MeansCsvFileName));
        Assert.Equal(["step", "input", "metric", "value"], means[0]);
        Assert.Equal(report.Means, means.Skip(1).Select(fields =>
            new MetricRow(fields[0], fields[1], fields[2], double.Parse(fields[3], CultureInfo.InvariantCulture))));

        var perImage = CsvTestReader.Read(_temp.PathOf(MetricsReport.PerImageCsvFileName));
        Assert.Equal(["step", "input", "image", "metric", "value"], perImage[0]);
        Assert.Equal(report.PerImage, perImage.Skip(1).Select(fields =>
            new ImageMetricRow(fields[0], fields[1], fields[2], fields[3], double.Parse(fields[4], CultureInfo.InvariantCulture))));
    }

    [Fact]
    public void Json_reads_back_to_the_same_rows_with_snake_case_names()
    {
        var report = SampleReport();
        report.WriteTo(_temp.Path);
        var path = _temp.PathOf(MetricsReport.JsonFileName);

        var document = MetricsJson.Read(path);
        Assert.Equal(report.Means, document.Means);
        Assert.Equal(report.PerImage, document.PerImage);

        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var firstMean = json.RootElement.GetProperty("means")[0];
        Assert.Equal(report.Means[0].Value, firstMean.GetProperty("value").GetDouble());
        Assert.Equal("after training", firstMean.GetProperty("step").GetString());
        Assert.Equal(report.PerImage.Count, json.RootElement.GetProperty("per_image").GetArrayLength());
    }

    [Fact]
    public void Evaluation_results_become_one_mean_row_per_step_input_and_metric()
    {
        var clean = new[] { TestImages.Pattern("p1", 1, 8, 8), TestImages.Pattern("p2", 1, 8, 8) };
        var noisy = new NamedImageSet("noisy", [TestImages.Perturbed("p2", 1, 8, 8), TestImages.Perturbed("p1", 1, 8, 8)]);
        var result = new ImageSetEvaluator(BuiltInMetrics.Named("mse", "ssim")).Evaluate(clean, [noisy, new("clean", clean)]);
        var report = new MetricsReport();

        report.Add("0", result);
        report.Add("1", result);

        Assert.Equal(2 * 2 * 2, report.Means.Count);
        Assert.Equal(2 * 2 * 2 * 2, report.PerImage.Count);
        Assert.Equal(new MetricRow("1", "clean", "ssim", 1), report.Means[^1] with { Value = Math.Round(report.Means[^1].Value, 12) });
        Assert.Equal(result.Mean("noisy", "mse"), report.Means.Single(row => row is { Step: "0", Input: "noisy", Metric: "mse" }).Value);
    }

    private static MetricsReport SampleReport()
    {
        var report = new MetricsReport();
        report.Add(new MetricRow("after training", "noisy", "psnr", 1.0 / 3));
        report.Add(new MetricRow("after training", "denoised, \"best\"", "ssim", 0.1 + 0.2));
        report.Add(new MetricRow("7", "noisy", "mse", 1e-20));
        report.Add(new ImageMetricRow("after training", "noisy", "img,01", "psnr", 27.955867023278703));
        report.Add(new ImageMetricRow("7", "noisy", "img\"02", "mse", -0.0));
        return report;
    }
}

using Microsoft.Playwright;

namespace Denoising.Tests.Reports;

/// <summary>
/// Opens both reports from disk in a real headless Chromium, Debian's <c>chromium</c> package (.ci/run installs it;
/// Playwright never downloads a browser here), as a user would, and saves the screenshots the README shows.
/// </summary>
public sealed class ReportBrowserTests(BrowserReports reports) : IClassFixture<BrowserReports>
{
    /// <summary>Where the browser is; DENOISE_CHROMIUM names another.</summary>
    private static readonly string Chromium = Environment.GetEnvironmentVariable("DENOISE_CHROMIUM") ?? "/usr/bin/chromium";

    [Fact]
    public Task Run_report_loads_every_image_and_chart_sorts_and_logs_no_error() =>
        Check(reports.RunReport, "run-report.png", minimumImages: 2 + 3 * 8, sortColumn: "psnr");

    [Fact]
    public Task Sweep_report_loads_every_image_and_chart_sorts_and_logs_no_error() =>
        Check(reports.SweepReport, "sweep-report.png", minimumImages: 4 + 2, sortColumn: "eval/denoised-g01/psnr");

    private static async Task Check(string report, string screenshot, int minimumImages, string sortColumn)
    {
        Assert.True(File.Exists(Chromium),
            $"No Chromium at {Chromium}: install Debian's package (apt-get install -y chromium, as .ci/run does) or set DENOISE_CHROMIUM.");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Chromium, Headless = true });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
                errors.Add(message.Text);
        };
        page.PageError += (_, error) => errors.Add(error);
        page.RequestFailed += (_, request) => errors.Add($"{request.Url}: {request.Failure}");

        await page.GotoAsync(new Uri(report).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });

        var images = await page.EvaluateAsync<ImageState[]>(
            "Array.from(document.images).map(i => ({ src: i.getAttribute('src'), loaded: i.complete && i.naturalWidth > 0 }))");
        Assert.True(images.Length >= minimumImages, $"{images.Length} images");
        Assert.All(images, image => Assert.True(image.Loaded, $"{image.Src} did not load"));
        Assert.Contains(images, image => image.Src.Contains("curves-", StringComparison.Ordinal)); // the charts

        var column = page.Locator("table.sortable").First.Locator("thead th", new LocatorLocatorOptions { HasTextString = sortColumn }).First;
        var index = await column.EvaluateAsync<int>("th => th.cellIndex");
        var before = await ColumnValues(page, index);
        await column.ClickAsync();
        var ascending = await ColumnValues(page, index);
        await column.ClickAsync();
        var descending = await ColumnValues(page, index);
        Assert.Equal(before.Where(v => v is not null).Order(), ascending.Where(v => v is not null));
        Assert.Equal(before.Where(v => v is not null).OrderDescending(), descending.Where(v => v is not null));
        Assert.True(before.Count(v => v is not null) >= 2, "a column with at least two values to sort");

        Assert.Empty(errors);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = ScreenshotPath(screenshot), FullPage = true });
    }

    /// <summary>
    /// Where the screenshot goes: the test's output folder, or docs/images (the README's pictures) when
    /// DENOISE_UPDATE_SCREENSHOTS=1, so that running the tests leaves the working tree clean.
    /// </summary>
    private static string ScreenshotPath(string name) =>
        Environment.GetEnvironmentVariable("DENOISE_UPDATE_SCREENSHOTS") == "1"
            ? Path.Combine(RepoPaths.Root, "docs", "images", name)
            : Path.Combine(AppContext.BaseDirectory, "screenshots", name);

    /// <summary>The numbers of a column of the first sortable table, top to bottom; null for an empty cell.</summary>
    private static async Task<double?[]> ColumnValues(IPage page, int index) =>
        await page.EvaluateAsync<double?[]>(
            "index => Array.from(document.querySelector('table.sortable').tBodies[0].rows).map(r => { const s = r.cells[index].getAttribute('data-sort'); return s === null ? null : Number(s); })",
            index);

    /// <summary>What the page says of one image (Playwright fills it by its property names).</summary>
    private sealed class ImageState
    {
        public string Src { get; set; } = "";

        public bool Loaded { get; set; }
    }
}

using System.Net;
using System.Reflection;
using System.Text;

namespace Denoising.Host.Reports.Html;

/// <summary>
/// A self-contained HTML page under construction: its style and sort script are embedded (the page is opened from
/// disk with no network), every text is escaped, links and image sources are relative paths.
/// </summary>
public sealed class HtmlPage
{
    private readonly StringBuilder _body = new();

    public static string Escape(string text) => WebUtility.HtmlEncode(text);

    /// <summary>A relative path as a URL: each segment percent-encoded, '/' between them.</summary>
    public static string Url(string relativePath) =>
        string.Join('/', relativePath.Split('/', Path.DirectorySeparatorChar).Select(Uri.EscapeDataString));

    /// <summary>Appends markup as it is: the caller has escaped what it holds.</summary>
    public HtmlPage Raw(string html)
    {
        _body.Append(html).Append('\n');
        return this;
    }

    public HtmlPage Heading(int level, string text, string? id = null) =>
        Raw($"<h{level}{(id is null ? "" : $" id=\"{Escape(id)}\"")}>{Escape(text)}</h{level}>");

    public HtmlPage Paragraph(string text, string? cssClass = null) =>
        Raw($"<p{(cssClass is null ? "" : $" class=\"{cssClass}\"")}>{Escape(text)}</p>");

    public HtmlPage Preformatted(string text) => Raw($"<pre>{Escape(text)}</pre>");

    public HtmlPage Image(string relativePath, string alt) =>
        Raw($"<a href=\"{Url(relativePath)}\"><img src=\"{Url(relativePath)}\" alt=\"{Escape(alt)}\"></a>");

    public HtmlPage Table(HtmlTable table) => Raw(table.ToHtml());

    /// <summary>The whole document, with the embedded style and script.</summary>
    public string ToHtml(string title) =>
        $"""
         <!DOCTYPE html>
         <html lang="en">
         <head>
         <meta charset="utf-8">
         <meta name="viewport" content="width=device-width, initial-scale=1">
         <title>{Escape(title)}</title>
         <style>
         {Asset.Value.Css}</style>
         </head>
         <body>
         {_body}<script>
         {Asset.Value.Script}</script>
         </body>
         </html>

         """;

    public void Save(string path, string title) => AtomicFile.WriteAllText(path, ToHtml(title));

    private static readonly Lazy<(string Css, string Script)> Asset = new(() => (Resource("report.css"), Resource("sort-table.js")));

    private static string Resource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Denoising.Host.Reports.Html.{name}")
                           ?? throw new InvalidOperationException($"the embedded report asset {name} is missing from the host assembly");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

using System.Globalization;
using System.Text;

namespace Denoising.Host.Reports.Html;

/// <summary>One cell: its markup (already escaped), its exact value to sort by, and CSS classes.</summary>
public sealed record HtmlCell(string Html, string? SortKey = null, string? CssClass = null)
{
    public static HtmlCell Text(string text) => new(HtmlPage.Escape(text));

    /// <summary>A number shown with <paramref name="format"/>, sorted by its full value.</summary>
    public static HtmlCell Number(double value, string format = "G6", string? cssClass = null) =>
        new(HtmlPage.Escape(value.ToString(format, CultureInfo.InvariantCulture)), value.ToString("R", CultureInfo.InvariantCulture),
            cssClass is null ? "number" : $"number {cssClass}");

    public static HtmlCell Link(string text, string relativePath) =>
        new($"<a href=\"{HtmlPage.Url(relativePath)}\">{HtmlPage.Escape(text)}</a>", text);

    public static readonly HtmlCell Empty = new("");
}

/// <summary>A table with a header row; a sortable one sorts by a column when its header is clicked (sort-table.js).</summary>
public sealed class HtmlTable(IReadOnlyList<string> headers, bool sortable = true, string? cssClass = null)
{
    private readonly List<(IReadOnlyList<HtmlCell> Cells, string? CssClass)> _rows = [];

    public HtmlTable Add(IReadOnlyList<HtmlCell> cells, string? rowClass = null)
    {
        _rows.Add((cells, rowClass));
        return this;
    }

    public string ToHtml()
    {
        var classes = string.Join(' ', new[] { sortable ? "sortable" : null, cssClass }.Where(c => c is not null));
        var html = new StringBuilder($"<table{(classes.Length > 0 ? $" class=\"{classes}\"" : "")}>\n<thead><tr>");
        foreach (var header in headers)
            html.Append("<th>").Append(HtmlPage.Escape(header)).Append("</th>");
        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var (cells, rowClass) in _rows)
        {
            html.Append(rowClass is null ? "<tr>" : $"<tr class=\"{rowClass}\">");
            foreach (var cell in cells)
            {
                html.Append("<td");
                if (cell.CssClass is not null)
                    html.Append(" class=\"").Append(cell.CssClass).Append('"');
                if (cell.SortKey is not null)
                    html.Append(" data-sort=\"").Append(HtmlPage.Escape(cell.SortKey)).Append('"');
                html.Append('>').Append(cell.Html).Append("</td>");
            }
            html.Append("</tr>\n");
        }
        return html.Append("</tbody>\n</table>").ToString();
    }
}

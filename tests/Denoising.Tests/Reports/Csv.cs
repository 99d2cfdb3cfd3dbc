using System.Text;

namespace Denoising.Tests.Reports;

/// <summary>A small RFC 4180 reader (quoted fields, doubled quotes), independent of the code under test.</summary>
public static class Csv
{
    public static List<List<string>> Read(string path)
    {
        var rows = new List<List<string>>();
        var text = File.ReadAllText(path);
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                    field.Append(text[++i]);
                else if (c == '"')
                    quoted = false;
                else
                    field.Append(c);
            }
            else if (c == '"')
                quoted = true;
            else if (c == ',')
                row.Add(Take(field));
            else if (c == '\n')
            {
                row.Add(Take(field));
                rows.Add(row);
                row = [];
            }
            else
                field.Append(c);
        }
        return rows;
    }

    private static string Take(StringBuilder field)
    {
        var value = field.ToString();
        field.Clear();
        return value;
    }
}

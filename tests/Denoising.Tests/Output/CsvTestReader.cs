using System.Text;

namespace Denoising.Tests.Output;

/// <summary>A minimal RFC 4180 reader, independent of the writer, to read back what it wrote.</summary>
internal static class CsvTestReader
{
    public static List<string[]> Read(string path)
    {
        var text = File.ReadAllText(path);
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var character = text[i];
            if (quoted)
            {
                if (character != '"')
                    field.Append(character);
                else if (i + 1 < text.Length && text[i + 1] == '"')
                    field.Append(text[++i]);
                else
                    quoted = false;
            }
            else if (character == '"')
                quoted = true;
            else if (character == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (character == '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                records.Add([.. fields]);
                fields.Clear();
            }
            else
                field.Append(character);
        }
        Assert.Empty(fields);
        return records;
    }
}

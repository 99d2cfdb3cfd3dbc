using System.Text;

namespace Denoising.Host.Sweeps;

/// <summary>
/// Readable names of points: the label <c>name=value,name=value</c> and the folder name, the label with
/// characters other than letters, digits and <c>._=,+-</c> replaced by '_', cut to <see cref="MaxLabelLength"/>,
/// then '-' and the hash (which alone keeps folder names distinct).
/// </summary>
public static class PointNaming
{
    public const int MaxLabelLength = 80;

    public static string Label(IEnumerable<Assignment> assignments) =>
        string.Join(',', assignments.Where(a => a.InLabel).Select(a => $"{a.Name}={a.Label}"));

    public static string DirectoryName(string label, string hash)
    {
        var text = Sanitise(label);
        return text.Length == 0 ? hash : $"{text}-{hash}";
    }

    /// <summary>A text made safe as (part of) a file name, at most <see cref="MaxLabelLength"/> characters.</summary>
    public static string Sanitise(string text)
    {
        var safe = new StringBuilder(text.Length);
        foreach (var c in text)
            safe.Append(char.IsAsciiLetterOrDigit(c) || "._=,+-".Contains(c) ? c : '_');
        var result = safe.ToString().TrimStart('.', '-');
        return result.Length > MaxLabelLength ? result[..MaxLabelLength] : result;
    }
}

using System.Text;

namespace Denoising.Common;

/// <summary>
/// The one syntax for environment variables in paths written in configs: <c>${NAME}</c>, NAME of letters, digits and
/// underscores. Nothing else is expanded: <c>$NAME</c>, <c>%NAME%</c> and <c>~</c> stay as written, so a path means
/// what it says on every system (docs/security.md says what a config may read).
/// </summary>
internal static class PathVariables
{
    /// <summary>Replaces each <c>${NAME}</c> in <paramref name="path"/> by the value of environment variable NAME.</summary>
    /// <param name="environment">Reads a variable; defaults to the process environment.</param>
    /// <exception cref="ArgumentException">A variable is not set, or a <c>${</c> is not followed by NAME and <c>}</c>.</exception>
    public static string Expand(string path, Func<string, string?>? environment = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        environment ??= Environment.GetEnvironmentVariable;
        var start = path.IndexOf("${", StringComparison.Ordinal);
        if (start < 0)
            return path;
        var result = new StringBuilder(path.Length);
        var copied = 0;
        while (start >= 0)
        {
            var end = path.IndexOf('}', start + 2);
            var name = end < 0 ? "" : path[(start + 2)..end];
            if (!IsName(name))
                throw new ArgumentException($"'{path}' has a malformed variable at character {start + 1}: expected ${{NAME}} with NAME of letters, digits and _.");
            var value = environment(name)
                        ?? throw new ArgumentException($"'{path}' uses environment variable {name}, which is not set.");
            result.Append(path, copied, start - copied).Append(value);
            copied = end + 1;
            start = path.IndexOf("${", copied, StringComparison.Ordinal);
        }
        return result.Append(path, copied, path.Length - copied).ToString();
    }

    private static bool IsName(string name) =>
        name.Length > 0 && !char.IsAsciiDigit(name[0]) && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
}

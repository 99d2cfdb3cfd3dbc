using System.Reflection;

namespace Denoising.Host;

/// <summary>
/// This build's version, and the git commit it was built from when it was built in a clone (the build puts it in
/// the informational version as <c>VERSION+COMMIT</c>, as the .NET SDK does with SourceRevisionId).
/// </summary>
public static class FrameworkVersion
{
    private static readonly string Informational =
        typeof(FrameworkVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(FrameworkVersion).Assembly.GetName().Version?.ToString() ?? "unknown";

    /// <summary>The version without the commit, e.g. <c>0.2.0</c>.</summary>
    public static string Version => Informational.Split('+')[0];

    /// <summary>The git commit of the build, or null when it was not built from a clone.</summary>
    public static string? Commit => Informational.Split('+') is [_, var commit] && commit.Length > 0 ? commit : null;
}

using System.Reflection;

namespace Denoising.Tests.TestSupport;

/// <summary>Where the repository and its build outputs are, as recorded at build time.</summary>
public static class RepoPaths
{
    public static string Root { get; } = typeof(RepoPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepoRoot").Value!;

    public static string HostOutput => Path.Combine(Root, "artifacts", "host");

    public static string PluginsDirectory => Path.Combine(HostOutput, "plugins");

    public static string Configs => Path.Combine(Root, "configs");
}

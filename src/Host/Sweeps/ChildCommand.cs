using System.Reflection;

namespace Denoising.Host.Sweeps;

/// <summary>The program and leading arguments that start the <c>denoise</c> host in a child process.</summary>
public sealed record ChildCommand(string FileName, IReadOnlyList<string> LeadingArguments)
{
    /// <summary>
    /// The running host again: its own executable, or <c>dotnet denoise.dll</c> when it was started through dotnet.
    /// </summary>
    public static ChildCommand CurrentHost()
    {
        var process = Environment.ProcessPath ?? throw new InvalidOperationException("the path of this process is unknown");
        if (!Path.GetFileNameWithoutExtension(process).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
            return new ChildCommand(process, []);
        var entry = Assembly.GetEntryAssembly()?.Location;
        if (string.IsNullOrEmpty(entry))
            throw new InvalidOperationException("started through dotnet, but the entry assembly's path is unknown");
        return new ChildCommand(process, [entry]);
    }

    /// <summary><c>dotnet ASSEMBLY</c>, for a host assembly loaded elsewhere (as in tests).</summary>
    public static ChildCommand Dotnet(string hostAssembly) => new("dotnet", [hostAssembly]);
}

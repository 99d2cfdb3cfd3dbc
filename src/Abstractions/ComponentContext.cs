using Microsoft.Extensions.Logging;

namespace Denoising.Abstractions;

/// <summary>What the host hands to a component factory.</summary>
public sealed class ComponentContext
{
    private readonly Func<ComponentSpec, object> _createNested;

    public ComponentContext(
        ILoggerFactory loggerFactory,
        string baseDirectory,
        RuntimeSettings runtime,
        Func<ComponentSpec, object> createNested)
    {
        LoggerFactory = loggerFactory;
        BaseDirectory = baseDirectory;
        Runtime = runtime;
        _createNested = createNested;
    }

    public ILoggerFactory LoggerFactory { get; }

    /// <summary>Folder of the experiment file; relative paths in options resolve against it.</summary>
    public string BaseDirectory { get; }

    public RuntimeSettings Runtime { get; }

    /// <summary>
    /// Absolute form of a path written in a config: <c>${NAME}</c> is replaced by environment variable NAME (nothing
    /// else is expanded), then a relative path resolves against <see cref="BaseDirectory"/>.
    /// </summary>
    /// <exception cref="ArgumentException">A variable the path names is not set, or is malformed.</exception>
    public string ResolvePath(string path) =>
        Path.GetFullPath(Denoising.Common.PathVariables.Expand(path), BaseDirectory);

    /// <summary>Creates a nested component from its spec.</summary>
    public TComponent Create<TComponent>(ComponentSpec<TComponent> spec) where TComponent : class =>
        (TComponent)_createNested(spec);
}

/// <summary>Where and how compute runs.</summary>
/// <param name="Device">cpu, cuda or cuda:N.</param>
/// <param name="Threads">Intra-op threads for this process; 0 leaves the library default.</param>
public sealed record RuntimeSettings(string Device, int Threads);

using System.Reflection;
using Denoising.Abstractions;
using Denoising.Torch;
using McMaster.NETCore.Plugins;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TorchSharp;

namespace Denoising.Host.Plugins;

/// <summary>
/// Finds plugin assemblies (<c>DIR/Name/Name.dll</c>) in the configured folders, loads each into its own load
/// context, and registers their components. Only the assemblies whose types cross between host and plugins come from
/// the host (<see cref="SharedTypes"/>); any other dependency a plugin carries is its own, at whatever version it chose.
/// A plugin that cannot load is reported and skipped; the others still load.
/// </summary>
public sealed class PluginCatalog
{
    /// <summary>
    /// One type from each assembly a plugin must take from the host to keep type identity: the contracts, the shared
    /// training library, TorchSharp (one native runtime per process) and logging. Their own dependencies are shared too.
    /// </summary>
    private static readonly Type[] SharedTypes =
    [
        typeof(IDenoisingPlugin),
        typeof(TorchDenoiserOptions),
        typeof(torch),
        typeof(ILogger),
    ];

    private readonly ILogger<PluginCatalog> _logger;
    private readonly PluginOptions _options;
    private readonly PluginFileTrust _trust;
    private readonly List<PluginLoadResult> _results = [];
    private readonly HashSet<string> _loadedPaths = new(StringComparer.Ordinal);

    public PluginCatalog(ILogger<PluginCatalog> logger, IOptions<PluginOptions> options)
        : this(logger, options, PluginFileTrust.ForCurrentUser())
    {
    }

    public PluginCatalog(ILogger<PluginCatalog> logger, IOptions<PluginOptions> options, PluginFileTrust trust)
    {
        _logger = logger;
        _options = options.Value;
        _trust = trust;
    }

    public ComponentRegistry Registry { get; } = new();

    public IReadOnlyList<PluginLoadResult> Results => _results;

    /// <summary>The loaded plugins, each with the SHA-256 of its file.</summary>
    public IReadOnlyList<PluginIdentity> Identities() => _results.Where(r => r.Loaded).Select(PluginIdentity.Of).ToList();

    /// <summary>The loaded plugin assembly named <paramref name="assemblyName"/> (a registration's source).</summary>
    public PluginIdentity Identify(string assemblyName) =>
        _results.FirstOrDefault(r => r.Loaded && r.Name == assemblyName) is { } plugin
            ? PluginIdentity.Of(plugin)
            : throw new InvalidOperationException($"no plugin {assemblyName} is loaded");

    /// <summary>Loads every plugin under the given folders; folders already loaded are skipped.</summary>
    public void LoadFrom(IEnumerable<string> directories)
    {
        foreach (var directory in directories.Select(Path.GetFullPath).Distinct())
        {
            if (!Directory.Exists(directory))
            {
                _logger.LogWarning("Plugin folder {Directory} does not exist", directory);
                continue;
            }
            foreach (var assemblyPath in FindPluginAssemblies(directory))
            {
                if (_loadedPaths.Add(assemblyPath))
                    Record(Load(assemblyPath));
            }
        }
    }

    /// <summary>A plugin is a folder holding an assembly of the folder's name; the folder itself may be one.</summary>
    public static IEnumerable<string> FindPluginAssemblies(string directory)
    {
        var own = Path.Combine(directory, Path.GetFileName(directory) + ".dll");
        if (File.Exists(own))
            return [own];
        return Directory.EnumerateDirectories(directory)
            .Select(sub => Path.Combine(sub, Path.GetFileName(sub) + ".dll"))
            .Where(File.Exists)
            .Order(StringComparer.Ordinal);
    }

    private PluginLoadResult Load(string assemblyPath)
    {
        var name = Path.GetFileNameWithoutExtension(assemblyPath);
        try
        {
            if (!_options.AllowWritableByOthers && _trust.FindProblem(assemblyPath) is { } untrusted)
                return Failed(assemblyPath, name, null,
                    $"not loaded: {untrusted}, so another user could replace its code. Remove their write access " +
                    $"(chmod go-w) or, if you trust them, set DENOISING_Plugins__AllowWritableByOthers=true");
            var contract = ContractCompatibility.ReferencedContractVersion(assemblyPath);
            if (contract is null)
                return Failed(assemblyPath, name, null, $"{name} does not reference {ContractCompatibility.ContractAssemblyName}, so it is not a plugin");
            if (ContractCompatibility.Check(name, contract) is { } incompatible)
                return Failed(assemblyPath, name, null, incompatible);

            var loader = PluginLoader.CreateFromAssemblyFile(
                assemblyPath,
                sharedTypes: SharedTypes,
                configure: config => config.PreferSharedTypes = false);
            var assembly = loader.LoadDefaultAssembly();
            var version = assembly.GetName().Version?.ToString();
            var entryPoints = PluginEntryPoints(assembly);
            if (entryPoints.Count == 0)
                return Failed(assemblyPath, name, version, $"{name} has no public class implementing {nameof(IDenoisingPlugin)}");
            var components = Registry.RegisterAll(assembly.GetName().Name ?? name, registry =>
            {
                foreach (var entryPoint in entryPoints)
                    ((IDenoisingPlugin)Activator.CreateInstance(entryPoint)!).Register(registry);
            });
            return new PluginLoadResult(assemblyPath, name, version, components.Select(c => c.Name).ToList(), null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return Failed(assemblyPath, name, null, Describe(e));
        }
    }

    private static List<Type> PluginEntryPoints(Assembly assembly)
    {
        Type[] types;
        try
        {
            types = assembly.GetExportedTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            throw new PluginLoadException(
                "a dependency is missing: " + string.Join("; ", e.LoaderExceptions.Select(x => x?.Message).Distinct()), e);
        }
        return types.Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IDenoisingPlugin).IsAssignableFrom(t)).ToList();
    }

    private static string Describe(Exception e) => e switch
    {
        PluginLoadException => e.Message,
        TargetInvocationException { InnerException: { } inner } => $"registering failed: {inner.Message}",
        FileNotFoundException f => $"a dependency is missing: {f.Message}",
        _ => $"{e.GetType().Name}: {e.Message}",
    };

    private static PluginLoadResult Failed(string path, string name, string? version, string error) =>
        new(path, name, version, [], error);

    private void Record(PluginLoadResult result)
    {
        _results.Add(result);
        if (result.Loaded)
            _logger.LogDebug("Plugin {Name} {Version}: {Components}", result.Name, result.Version, string.Join(", ", result.Components));
        else
            _logger.LogError("Plugin {Path} skipped: {Error}", result.AssemblyPath, result.Error);
    }
}

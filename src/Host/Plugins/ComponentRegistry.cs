using Denoising.Abstractions;
using Denoising.Host.Configuration;

namespace Denoising.Host.Plugins;

/// <summary>
/// Every component the loaded plugins registered: one table of names per kind (as BasicSR keeps one registry per
/// kind), each kind keyed by its contract type.
/// </summary>
public sealed class ComponentRegistry : IComponentLookup
{
    private readonly Dictionary<ComponentKind, SortedDictionary<string, ComponentRegistration>> _tables =
        ComponentKind.All.ToDictionary(kind => kind, _ => new SortedDictionary<string, ComponentRegistration>(StringComparer.Ordinal));

    /// <summary>All registrations, by kind, then by name.</summary>
    public IEnumerable<ComponentRegistration> All => ComponentKind.All.SelectMany(kind => _tables[kind].Values);

    public ComponentRegistration? Find(ComponentKind kind, string name) => _tables[kind].GetValueOrDefault(name);

    public Type? OptionsTypeOf(ComponentKind kind, string name) => Find(kind, name)?.OptionsType;

    public IReadOnlyList<string> NamesOf(ComponentKind kind) => _tables[kind].Keys.ToList();

    /// <summary>
    /// Lets one plugin assembly register, then adds all its names or none: a plugin that fails half-way or claims a
    /// taken name (naming both assemblies) leaves the registry as it was.
    /// </summary>
    public IReadOnlyList<ComponentRegistration> RegisterAll(string sourceAssembly, Action<IComponentRegistry> register)
    {
        var staged = new AssemblyRegistrar(sourceAssembly);
        register(staged);
        foreach (var registration in staged.Registrations)
        {
            if (Find(registration.Kind, registration.Name) is { } existing)
                throw new PluginLoadException(
                    $"{registration.Kind} '{registration.Name}' is registered by both {existing.SourceAssembly} and {registration.SourceAssembly}");
        }
        foreach (var registration in staged.Registrations)
            _tables[registration.Kind].Add(registration.Name, registration);
        return staged.Registrations;
    }

    private sealed class AssemblyRegistrar(string source) : IComponentRegistry
    {
        public List<ComponentRegistration> Registrations { get; } = [];

        public void Add<TComponent, TOptions>(string name, string description, Func<TOptions, ComponentContext, TComponent> create)
            where TComponent : class
            where TOptions : class, new()
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(name);
            ArgumentNullException.ThrowIfNull(create);
            var kind = ComponentKind.Find(typeof(TComponent))
                       ?? throw new PluginLoadException(
                           $"{source} registers '{name}' as {typeof(TComponent).Name}, which is not a component contract; register it as one of: {ComponentKind.ContractNames}");
            if (!IsComponentName(name))
                throw new PluginLoadException(
                    $"{source} registers {kind} '{name}': a name is lower-case letters, digits and '-' (as configs write `type: conv-ae`), starting with a letter, at most 64 characters");
            if (Registrations.Any(r => r.Kind == kind && r.Name == name))
                throw new PluginLoadException($"{source} registers {kind} '{name}' twice");
            Registrations.Add(new ComponentRegistration(kind, name, description, typeof(TOptions),
                (options, context) => create((TOptions)options, context), source));
        }
    }

    /// <summary>Names as configs write them: <c>conv-ae</c>, <c>salt-and-pepper</c>, <c>psnr</c>.</summary>
    public static bool IsComponentName(string name) =>
        name.Length is > 0 and <= 64 && char.IsAsciiLetterLower(name[0])
        && name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');
}

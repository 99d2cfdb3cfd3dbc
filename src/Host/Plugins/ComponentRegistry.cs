using Denoising.Abstractions;
using Denoising.Host.Configuration;

namespace Denoising.Host.Plugins;

/// <summary>Every component the loaded plugins registered, by kind and name.</summary>
public sealed class ComponentRegistry : IComponentLookup
{
    private readonly Dictionary<(ComponentKind, string), ComponentRegistration> _registrations = new();

    public IEnumerable<ComponentRegistration> All =>
        _registrations.Values.OrderBy(r => r.Kind).ThenBy(r => r.Name, StringComparer.Ordinal);

    public ComponentRegistration? Find(ComponentKind kind, string name) =>
        _registrations.GetValueOrDefault((kind, name));

    public Type? OptionsTypeOf(ComponentKind kind, string name) => Find(kind, name)?.OptionsType;

    public IReadOnlyList<string> NamesOf(ComponentKind kind) =>
        _registrations.Values.Where(r => r.Kind == kind).Select(r => r.Name).Order(StringComparer.Ordinal).ToList();

    /// <summary>Adds a registration; a name claimed twice names both assemblies.</summary>
    public void Add(ComponentRegistration registration)
    {
        var key = (registration.Kind, registration.Name);
        if (_registrations.TryGetValue(key, out var existing))
            throw new PluginLoadException(
                $"{registration.Kind.DisplayName()} '{registration.Name}' is registered by both {existing.SourceAssembly} and {registration.SourceAssembly}");
        _registrations[key] = registration;
    }

    /// <summary>
    /// Lets one plugin assembly register, then adds all its names or none: a plugin that fails half-way or claims a
    /// taken name leaves the registry as it was.
    /// </summary>
    public IReadOnlyList<ComponentRegistration> RegisterAll(string sourceAssembly, Action<IComponentRegistry> register)
    {
        var staged = new AssemblyRegistrar(sourceAssembly);
        register(staged);
        foreach (var registration in staged.Registrations)
        {
            if (Find(registration.Kind, registration.Name) is { } existing)
                throw new PluginLoadException(
                    $"{registration.Kind.DisplayName()} '{registration.Name}' is registered by both {existing.SourceAssembly} and {registration.SourceAssembly}");
        }
        foreach (var registration in staged.Registrations)
            Add(registration);
        return staged.Registrations;
    }

    private sealed class AssemblyRegistrar(string source) : IComponentRegistry
    {
        public List<ComponentRegistration> Registrations { get; } = [];

        public void AddDenoiser<TOptions>(string name, string description, Func<TOptions, ComponentContext, IDenoiser> create)
            where TOptions : class, new() => Add(ComponentKind.Denoiser, name, description, create);

        public void AddNoiseModel<TOptions>(string name, string description, Func<TOptions, ComponentContext, INoiseModel> create)
            where TOptions : class, new() => Add(ComponentKind.NoiseModel, name, description, create);

        public void AddDataset<TOptions>(string name, string description, Func<TOptions, ComponentContext, IDataset> create)
            where TOptions : class, new() => Add(ComponentKind.Dataset, name, description, create);

        private void Add<TOptions, TComponent>(ComponentKind kind, string name, string description, Func<TOptions, ComponentContext, TComponent> create)
            where TOptions : class, new()
            where TComponent : class
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(name);
            ArgumentNullException.ThrowIfNull(create);
            if (Registrations.Any(r => r.Kind == kind && r.Name == name))
                throw new PluginLoadException($"{source} registers {kind.DisplayName()} '{name}' twice");
            Registrations.Add(new ComponentRegistration(kind, name, description, typeof(TOptions),
                (options, context) => create((TOptions)options, context), source));
        }
    }
}

using Denoising.Abstractions;
using Denoising.Host.Configuration;
using Denoising.Host.Plugins;
using Microsoft.Extensions.Logging;

namespace Denoising.Host.Running;

/// <summary>Creates components from bound specs through the plugins' registered factories.</summary>
public sealed class ComponentFactory
{
    private readonly ComponentRegistry _registry;
    private readonly ConfigDocument? _document;
    private readonly ComponentContext _context;

    /// <param name="document">Where the specs were written: a component that refuses its options (a missing folder)
    /// is then reported as a <see cref="ConfigException"/> at that place.</param>
    public ComponentFactory(ComponentRegistry registry, ILoggerFactory loggerFactory, string baseDirectory, RuntimeSettings runtime, ConfigDocument? document = null)
    {
        _registry = registry;
        _document = document;
        _context = new ComponentContext(loggerFactory, baseDirectory, runtime, Create);
    }

    /// <summary>The base directory and runtime components are created with.</summary>
    public ComponentContext Context => _context;

    /// <summary>
    /// Runs <paramref name="create"/>; when the specs come from a document, its failure is reported as a
    /// <see cref="ConfigException"/> where <paramref name="bound"/> was written, prefixed with <paramref name="what"/>.
    /// </summary>
    public T Refusable<T>(object bound, string what, Func<T> create)
    {
        try
        {
            return create();
        }
        catch (Exception e) when (_document is not null && e is not (ConfigException or OperationCanceledException or OutOfMemoryException))
        {
            throw new ConfigException(_document.ErrorAt(bound, $"{what}: {e.Message}"));
        }
    }

    public TComponent Create<TComponent>(ComponentSpec<TComponent> spec) where TComponent : class =>
        (TComponent)Create((ComponentSpec)spec);

    /// <summary>Creates the component of any kind: the spec names its contract, which picks the registry's table.</summary>
    private object Create(ComponentSpec spec)
    {
        var kind = ComponentKind.Of(spec.Contract);
        var registration = _registry.Find(kind, spec.Type)
                           ?? throw new InvalidOperationException($"{kind} '{spec.Type}' is not registered");
        var component = Refusable(spec, $"{kind} '{spec.Type}'", () => registration.Create(spec.Options, _context));
        return spec.Contract.IsInstanceOfType(component)
            ? component
            : throw new InvalidOperationException(
                $"{registration.SourceAssembly} made {component?.GetType().ToString() ?? "null"} for '{spec.Type}', not an {spec.Contract.Name}");
    }
}

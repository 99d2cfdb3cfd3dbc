using Denoising.Abstractions;

namespace Denoising.Host.Running;

/// <summary>
/// The components of one run, created before any step runs so that bad options fail first, and kept by step id
/// for the step that uses them. Disposing releases the native resources (model weights) of every one.
/// </summary>
public sealed class RunComponents(ComponentFactory factory) : IDisposable
{
    private readonly Dictionary<string, object> _prepared = new(StringComparer.Ordinal);

    public TComponent Create<TComponent>(ComponentSpec<TComponent> spec) where TComponent : class => factory.Create(spec);

    /// <summary>The base directory relative paths resolve against, and the run's device and threads.</summary>
    public ComponentContext Context => factory.Context;

    /// <summary>Runs <paramref name="create"/>, a failure reported like a component's refusal of its options.</summary>
    public T Refusable<T>(object bound, string what, Func<T> create) => factory.Refusable(bound, what, create);

    /// <summary>Keeps what a step prepared (disposed with the run when it is disposable).</summary>
    public void Keep(string stepId, object prepared) => _prepared[stepId] = prepared;

    public T Prepared<T>(string stepId) => (T)_prepared[stepId];

    public void Dispose()
    {
        foreach (var disposable in _prepared.Values.OfType<IDisposable>().Distinct())
            disposable.Dispose();
    }
}

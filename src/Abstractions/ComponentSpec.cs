namespace Denoising.Abstractions;

/// <summary>
/// A nested component inside another component's options (a noise model inside a mixture), already bound
/// and validated by the host. Create it with <see cref="ComponentContext.Create{TComponent}"/>.
/// </summary>
public sealed class ComponentSpec<TComponent> where TComponent : class
{
    public ComponentSpec(string type, object options)
    {
        Type = type;
        Options = options;
    }

    /// <summary>Registered name, such as <c>gaussian</c>.</summary>
    public string Type { get; }

    /// <summary>The bound options object of that component.</summary>
    public object Options { get; }

    public override string ToString() => Type;
}

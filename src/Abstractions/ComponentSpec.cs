namespace Denoising.Abstractions;

/// <summary>
/// A nested component inside another component's options (a noise model inside a mixture), already bound
/// and validated by the host. Create it with <see cref="ComponentContext.Create{TComponent}"/>.
/// </summary>
public abstract class ComponentSpec
{
    private protected ComponentSpec(string type, object options)
    {
        ArgumentException.ThrowIfNullOrEmpty(type);
        ArgumentNullException.ThrowIfNull(options);
        Type = type;
        Options = options;
    }

    /// <summary>Registered name, such as <c>gaussian</c>.</summary>
    public string Type { get; }

    /// <summary>The bound options object of that component.</summary>
    public object Options { get; }

    /// <summary>The contract the component implements, under which its name is registered.</summary>
    public abstract Type Contract { get; }

    public override string ToString() => Type;
}

/// <inheritdoc cref="ComponentSpec"/>
public sealed class ComponentSpec<TComponent>(string type, object options) : ComponentSpec(type, options)
    where TComponent : class
{
    public override Type Contract => typeof(TComponent);
}

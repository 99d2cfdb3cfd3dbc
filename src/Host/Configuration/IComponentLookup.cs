namespace Denoising.Host.Configuration;

/// <summary>What the binder needs to know about registered components.</summary>
public interface IComponentLookup
{
    /// <summary>The options type of a registered component, or null when no plugin registered the name.</summary>
    Type? OptionsTypeOf(ComponentKind kind, string name);

    IReadOnlyList<string> NamesOf(ComponentKind kind);
}

namespace Denoising.Abstractions;

/// <summary>
/// Entry point of a plugin assembly. The host creates every public implementation with its parameterless
/// constructor and lets it register its components by name.
/// </summary>
public interface IDenoisingPlugin
{
    void Register(IComponentRegistry registry);
}

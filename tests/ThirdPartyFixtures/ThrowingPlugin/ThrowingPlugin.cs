using Denoising.Abstractions;

namespace Fixture.ThrowingPlugin;

/// <summary>Fails while registering, as a plugin with a broken setup would.</summary>
public sealed class ThrowingPlugin : IDenoisingPlugin
{
    public const string Message = "the fixture plugin's settings are missing";

    public void Register(IComponentRegistry registry) => throw new InvalidOperationException(Message);
}

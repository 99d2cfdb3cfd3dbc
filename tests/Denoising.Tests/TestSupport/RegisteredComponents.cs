using Denoising.Abstractions;
using Denoising.Host.Configuration;
using Denoising.Host.Plugins;
using Denoising.Host.Running;
using Microsoft.Extensions.Logging.Abstractions;

namespace Denoising.Tests.TestSupport;

/// <summary>
/// What some plugins register, held in the host's own registry, and components created from it as the host creates
/// them (nested components included): a plugin's registrations tested without a plugin folder.
/// </summary>
internal sealed class RegisteredComponents
{
    /// <summary>CPU with one intra-op thread, so results do not depend on the machine.</summary>
    private static readonly RuntimeSettings Cpu = new("cpu", 1);

    private readonly ComponentFactory _factory;

    public RegisteredComponents(params IDenoisingPlugin[] plugins)
    {
        foreach (var plugin in plugins)
            Registry.RegisterAll(plugin.GetType().Name, plugin.Register);
        _factory = new ComponentFactory(Registry, NullLoggerFactory.Instance, Path.GetTempPath(), Cpu);
    }

    public static RegisteredComponents Of<TPlugin>() where TPlugin : IDenoisingPlugin, new() => new(new TPlugin());

    public ComponentRegistry Registry { get; } = new();

    public IReadOnlyList<ComponentRegistration> Of(ComponentKind kind) => Registry.All.Where(r => r.Kind == kind).ToList();

    /// <summary>Options type of each registered name of <paramref name="kind"/>.</summary>
    public Dictionary<string, Type> OptionsTypes(ComponentKind kind) => Of(kind).ToDictionary(r => r.Name, r => r.OptionsType);

    public TComponent Create<TComponent>(string name, object options) where TComponent : class =>
        _factory.Create(new ComponentSpec<TComponent>(name, options));

    /// <summary>The component with its default options, as a config naming it alone gets it.</summary>
    public TComponent Create<TComponent>(string name) where TComponent : class =>
        Create<TComponent>(name, Activator.CreateInstance(Registry.Find(ComponentKind.Of(typeof(TComponent)), name)!.OptionsType)!);
}

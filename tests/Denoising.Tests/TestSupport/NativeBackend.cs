using System.Runtime.CompilerServices;
using Denoising.Native;

namespace Denoising.Tests.TestSupport;

/// <summary>Loads libtorch once for the whole test assembly, as the host does before it creates any component.</summary>
internal static class NativeBackend
{
    [ModuleInitializer]
    internal static void Load() => TorchRuntime.EnsureLoaded();
}

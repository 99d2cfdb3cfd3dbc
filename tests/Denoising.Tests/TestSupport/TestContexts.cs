using Denoising.Abstractions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Denoising.Tests.TestSupport;

/// <summary>Component contexts for tests: CPU, one intra-op thread unless asked, so results do not depend on the machine.</summary>
internal static class TestContexts
{
    public static readonly RuntimeSettings Cpu = new("cpu", 1);

    /// <summary>A context for components that create nothing nested; relative paths resolve against the temp folder.</summary>
    public static ComponentContext Create(ILoggerFactory? loggerFactory = null) => For(Path.GetTempPath(), Cpu.Threads, loggerFactory);

    /// <summary>A context whose relative paths resolve against <paramref name="baseDirectory"/>.</summary>
    public static ComponentContext For(string baseDirectory, int threads = 0, ILoggerFactory? loggerFactory = null) =>
        new(loggerFactory ?? NullLoggerFactory.Instance, baseDirectory, Cpu with { Threads = threads },
            _ => throw new NotSupportedException("These tests create no nested components."));
}

using Denoising.Abstractions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Denoising.Tests.Torch.Support;

/// <summary>Component contexts for tests: CPU, one intra-op thread so results do not depend on the machine.</summary>
internal static class TestContexts
{
    public static readonly RuntimeSettings Cpu = new("cpu", 1);

    public static ComponentContext Create(ILoggerFactory? loggerFactory = null) =>
        new(loggerFactory ?? NullLoggerFactory.Instance, Path.GetTempPath(), Cpu,
            _ => throw new NotSupportedException("These tests create no nested components."));
}

using Denoising.Abstractions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Denoising.Tests.Datasets;

internal static class TestContexts
{
    /// <summary>A context whose relative paths resolve against <paramref name="baseDirectory"/>.</summary>
    public static ComponentContext For(string baseDirectory, int threads = 0, ILoggerFactory? loggerFactory = null) =>
        new(loggerFactory ?? NullLoggerFactory.Instance, baseDirectory, new RuntimeSettings("cpu", threads),
            _ => throw new NotSupportedException("Datasets have no nested components."));
}
